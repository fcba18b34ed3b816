package io.sightline.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ModelRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerVersionTest {

    @Test
    void preparesEachVersionOnceAndKeepsTheMostRecentlyAsked() {
        List<ModelRef> prepared = new ArrayList<>();
        PerVersion<String> cache = new PerVersion<>(2, ref -> {
            prepared.add(ref);
            return "prepared " + ref;
        });
        ModelRef one = new ModelRef("m", 1);
        ModelRef two = new ModelRef("m", 2);
        ModelRef three = new ModelRef("m", 3);
        assertThat(cache.get(one)).isEqualTo("prepared m:1");
        cache.get(two);
        cache.get(one);
        assertThat(prepared).containsExactly(one, two);
        cache.get(three); // two versions kept: m:2 was asked for least recently and goes
        cache.get(one);
        cache.get(two);
        assertThat(prepared).containsExactly(one, two, three, two);
    }
}

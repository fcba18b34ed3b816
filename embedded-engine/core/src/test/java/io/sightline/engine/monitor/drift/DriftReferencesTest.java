package io.sightline.engine.monitor.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DriftReferencesTest {

    @Test
    void aLargeTrainingSetIsSampledToTheSameRowsEveryTime() {
        int[] rows = DriftReferences.sample(350_000);
        assertThat(rows).hasSize(DriftReferences.MAX_ROWS).isSorted();
        assertThat(Arrays.stream(rows).distinct().count()).isEqualTo(DriftReferences.MAX_ROWS);
        assertThat(rows[0]).isGreaterThanOrEqualTo(0);
        assertThat(rows[rows.length - 1]).isLessThan(350_000);
        assertThat(DriftReferences.sample(350_000)).isEqualTo(rows);
        // rows from all over the set, not its beginning
        assertThat(rows[rows.length - 1]).isGreaterThan(340_000);
    }

    @Test
    void aSmallerOneIsKeptWhole() {
        assertThat(DriftReferences.sample(1_000)).hasSize(1_000).startsWith(0, 1, 2).endsWith(999);
    }
}

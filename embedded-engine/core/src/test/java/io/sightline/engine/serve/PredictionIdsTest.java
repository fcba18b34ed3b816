package io.sightline.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PredictionIdsTest {

    @Test
    void anIdCarriesTheMillisecondOfItsPrediction() {
        Instant at = Instant.parse("2026-11-20T10:17:42.123456Z");
        String id = PredictionIds.at(at);
        assertThat(id).matches("p_[0-9a-f]{24}");
        assertThat(PredictionIds.millisOf(id)).hasValue(at.toEpochMilli());
        assertThat(PredictionIds.of(0xabcL, -1L)).isEqualTo("p_00000000abcfffffffffffff");
    }

    @Test
    void idsOfTheSameMillisecondDifferAndLaterOnesSortLater() {
        Instant at = Instant.now();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(PredictionIds.at(at));
        }
        assertThat(ids).hasSize(10_000);
        assertThat(PredictionIds.at(at.plusMillis(1))).isGreaterThan(PredictionIds.at(at).substring(0, 13) + "fffffffffffff");
    }

    @Test
    void textOfAnotherShapeHasNoTime() {
        assertThat(PredictionIds.millisOf("p_not-a-prediction")).isEmpty();
        assertThat(PredictionIds.millisOf("x_00000000abcfffffffffffff")).isEmpty();
        assertThat(PredictionIds.millisOf("p_00000000ABCfffffffffffff")).isEmpty();
        assertThat(PredictionIds.millisOf(null)).isEmpty();
    }
}

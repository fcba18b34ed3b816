package io.sightline.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityKneeTest {
    /** p95 within 100 ms, at most 1% errors. */
    private static final CapacityPlan PLAN = new CapacityPlan(100, 300, 3, Duration.ofSeconds(1), LatencyPercentile.P95,
            100, 0.01, 8);
    private static final CapacityPoint FAST = point(100, 20, 0);
    private static final CapacityPoint STILL_FAST = point(200, 60, 0);
    private static final CapacityPoint SLOW = point(300, 450, 0);

    @Test
    void whenEveryStepKeepsTheObjectiveTheKneeIsAboveTheRatesTried() {
        CapacityKnee knee = CapacityKnee.of(PLAN, List.of(FAST, STILL_FAST));
        assertThat(knee.found()).isFalse();
        assertThat(knee.sustained()).isEqualTo(STILL_FAST);
        assertThat(knee.broken()).isNull();
    }

    @Test
    void whenTheFirstStepBreaksItNothingWasSustained() {
        CapacityKnee knee = CapacityKnee.of(PLAN, List.of(SLOW, FAST));
        assertThat(knee.found()).isTrue();
        assertThat(knee.sustained()).isNull();
        assertThat(knee.broken()).isEqualTo(SLOW);
    }

    @Test
    void theKneeIsBetweenTheLastStepThatKeptTheObjectiveAndTheFirstThatBrokeIt() {
        CapacityPoint fastButFailing = point(300, 20, 5); // 5% errors break the objective as latency would
        assertThat(CapacityKnee.of(PLAN, List.of(FAST, STILL_FAST, SLOW)))
                .isEqualTo(new CapacityKnee(STILL_FAST, SLOW));
        assertThat(CapacityKnee.of(PLAN, List.of(FAST, STILL_FAST, fastButFailing)))
                .isEqualTo(new CapacityKnee(STILL_FAST, fastButFailing));
    }

    @Test
    void noStepsMeasuredIsNoKneeYet() {
        CapacityKnee knee = CapacityKnee.of(PLAN, List.of());
        assertThat(knee.found()).isFalse();
        assertThat(knee.sustained()).isNull();
    }

    /** A step of 100 requests whose p95 is {@code p95} ms. */
    private static CapacityPoint point(int offered, double p95, long errors) {
        return new CapacityPoint(offered, offered - errors, 100, errors, p95 / 2, p95, p95 * 1.2);
    }
}

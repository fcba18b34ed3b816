package io.sightline.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CapacityPlanTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void rampsAreEvenlySpacedFromTheFirstRateToTheLast() {
        CapacityPlan plan = new CapacityPlan(100, 400, 4, SECOND, LatencyPercentile.P95, 50, 0.01, 8);
        assertThat(plan.offeredAt(0)).isEqualTo(100);
        assertThat(plan.offeredAt(1)).isEqualTo(200);
        assertThat(plan.offeredAt(3)).isEqualTo(400);
        assertThat(plan.totalLength()).isEqualTo(Duration.ofSeconds(4));
        assertThat(new CapacityPlan(7, 7, 1, SECOND, LatencyPercentile.P50, 50, 0, 1).offeredAt(0)).isEqualTo(7);
    }

    @Test
    void plansOutsideTheBoundsAreRefusedInPlainWords() {
        assertRefused(() -> plan(0, 10, 2, SECOND, 50, 0.01, 4), "Offer from at least 1 request per second");
        assertRefused(() -> plan(10, CapacityPlan.MAX_RATE + 1, 2, SECOND, 50, 0.01, 4), "up to at most 5000");
        assertRefused(() -> plan(20, 10, 2, SECOND, 50, 0.01, 4), "the first rate no higher than the last");
        assertRefused(() -> plan(10, 20, CapacityPlan.MAX_STEPS + 1, SECOND, 50, 0.01, 4), "from 1 to 20 steps");
        assertRefused(() -> plan(10, 20, 1, SECOND, 50, 0.01, 4), "make the first and last rates equal");
        assertRefused(() -> plan(10, 20, 2, Duration.ofMillis(500), 50, 0.01, 4), "Hold each step from 1 to 60 seconds");
        assertRefused(() -> plan(10, 20, 2, null, 50, 0.01, 4), "Hold each step from 1 to 60 seconds");
        assertRefused(() -> plan(10, 20, 20, Duration.ofSeconds(31), 50, 0.01, 4), "at most 10 minutes");
        assertRefused(() -> plan(10, 20, 2, SECOND, 0, 0.01, 4), "above 0 and at most 60,000 ms");
        assertRefused(() -> plan(10, 20, 2, SECOND, Double.NaN, 0.01, 4), "above 0 and at most 60,000 ms");
        assertRefused(() -> plan(10, 20, 2, SECOND, 50, 1, 4), "from 0 to below 1");
        assertRefused(() -> plan(10, 20, 2, SECOND, 50, 0.01, CapacityPlan.MAX_CONCURRENCY + 1), "from 1 to 64");
        assertRefused(() -> new CapacityPlan(10, 20, 2, SECOND, null, 50, 0.01, 4), "p50, p95 or p99");
    }

    private static CapacityPlan plan(int start, int end, int steps, Duration length, double slo, double errors,
                                     int concurrency) {
        return new CapacityPlan(start, end, steps, length, LatencyPercentile.P95, slo, errors, concurrency);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String words) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT)).hasMessageContaining(words);
    }
}

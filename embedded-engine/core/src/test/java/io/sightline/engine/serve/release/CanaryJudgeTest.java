package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryStatus.GuardState;
import org.junit.jupiter.api.Test;

class CanaryJudgeTest {
    private static final CanaryGuard GUARD = CanaryGuard.standard(); // 1 %, 1.5 times, 2 points; 200 requests, 100 outcomes
    private static final ArmFigures STABLE = new ArmFigures(5_000, 10, 90, 1_000, 710);

    @Test
    void waitsUntilTheCanaryHasEnoughRequests() {
        ArmFigures canary = new ArmFigures(120, 60, 900, 0, 0);

        assertThat(CanaryJudge.judge(GUARD, STABLE, canary)).isEqualTo(GuardState.WAITING_FOR_TRAFFIC);
        assertThat(CanaryJudge.explain(GUARD, STABLE, canary)).isEqualTo(
                "Waiting for traffic: the canary has answered 120 of the 200 requests its guard needs to judge it.");
    }

    @Test
    void holdsWithinEveryLimit() {
        ArmFigures canary = new ArmFigures(250, 1, 110, 120, 84);

        assertThat(CanaryJudge.judge(GUARD, STABLE, canary)).isEqualTo(GuardState.HOLDING);
        assertThat(CanaryJudge.explain(GUARD, STABLE, canary))
                .isEqualTo("The guard holds: the canary's error rate is 0.4 % (limit 1 %) over 250 requests.");
    }

    @Test
    void breachesOnTooManyErrors() {
        assertBreach(new ArmFigures(250, 8, 90, 0, 0), "The canary's error rate is 3.2 % (limit 1 %).");
    }

    @Test
    void breachesOnLatencyAgainstTheStableVersion() {
        assertBreach(new ArmFigures(250, 0, 180, 0, 0), "The canary's 95th-percentile latency is 180 ms, 2 times the"
                + " stable version's 90 ms (limit 1.5 times).");
    }

    @Test
    void latencyIsNotJudgedWithoutStableTraffic() {
        ArmFigures idleStable = new ArmFigures(0, 0, Double.NaN, 0, 0);
        ArmFigures canary = new ArmFigures(250, 0, 180, 0, 0);

        assertThat(CanaryJudge.judge(GUARD, idleStable, canary)).isEqualTo(GuardState.HOLDING);
    }

    @Test
    void breachesOnALowerSuccessRateOnceBothArmsHaveOutcomes() {
        assertBreach(new ArmFigures(250, 0, 90, 100, 68), "The canary's success rate is 68.0 % against the stable"
                + " version's 71.0 %, 3.0 points lower (limit 2 points).");
    }

    @Test
    void successRateIsNotJudgedBeforeEnoughOutcomes() {
        ArmFigures canary = new ArmFigures(250, 0, 90, 99, 10);

        assertThat(CanaryJudge.judge(GUARD, STABLE, canary)).isEqualTo(GuardState.HOLDING);
    }

    @Test
    void namesEveryBrokenLimit() {
        ArmFigures canary = new ArmFigures(250, 8, 180, 100, 68);

        assertThat(CanaryJudge.explain(GUARD, STABLE, canary)).startsWith("The canary's error rate is 3.2 % (limit 1 %).")
                .contains(" The canary's 95th-percentile latency is 180 ms")
                .endsWith("3.0 points lower (limit 2 points).");
    }

    @Test
    void readsAnArmsReport() {
        ArmReport report = new ArmReport("canary", 2, 0.05, 250, 0.049, 3, 40, 95, 20, 15, 0.75);

        assertThat(ArmFigures.of(report)).isEqualTo(new ArmFigures(250, 3, 95, 20, 15));
    }

    private static void assertBreach(ArmFigures canary, String words) {
        assertThat(CanaryJudge.judge(GUARD, STABLE, canary)).isEqualTo(GuardState.BREACHED);
        assertThat(CanaryJudge.explain(GUARD, STABLE, canary)).isEqualTo(words);
    }
}

package io.sightline.engine.flow.step;

import io.sightline.engine.api.CapacityKnee;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the deployment's knee: a load test ramping from {@code startRate} to {@code endRate} requests per second
 * in {@code steps} steps of {@code stepSeconds}, judged by its 95th-percentile latency against {@code p95Millis}.
 * Passes when at least one rate kept the objective; its outputs are the highest such rate (achieved), the
 * latency there and the rate where the objective broke (none when it never did). Started once; a run after a
 * restart watches the test the first attempt started
 * (see {@link StepLoadTest}).
 */
final class FindKnee implements StepAction {
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    private final EngineParts parts;
    private final StepLoadTest loadTest;

    FindKnee(EngineParts parts) {
        this.parts = parts;
        this.loadTest = new StepLoadTest(parts.capacity());
    }

    @Override
    public String name() {
        return "find-knee";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        CapacityTest test = loadTest.startOrWatch(input, deployment, () -> new CapacityPlan(
                (int) input.number("startRate"), (int) input.number("endRate"), (int) input.number("steps"),
                Duration.ofSeconds((long) input.number("stepSeconds")), LatencyPercentile.P95,
                input.number("p95Millis"), 0.01, (int) input.number("concurrency")));
        if (!test.state().ended()) {
            return StepResult.waiting("Finding the knee: load test " + test.id() + " has measured "
                    + test.points().size() + " of " + test.plan().steps() + " steps.", loadTest.outputs(test, Map.of()),
                    LOOK_AGAIN);
        }
        CapacityKnee knee = test.knee();
        CapacityPoint sustained = knee.sustained();
        double rate = sustained == null ? 0 : sustained.achievedPerSecond();
        Map<String, String> outputs = loadTest.outputs(test, Map.of(
                "sustainedPerSecond", number(rate),
                "p95AtSustainedMillis", number(sustained == null ? Double.NaN : sustained.p95Millis()),
                "brokenAtOfferedPerSecond", knee.broken() == null ? "none" : String.valueOf(knee.broken().offeredPerSecond())));
        return StepResult.judged(List.of(GateMeasure.judge("rate that kept the objective (requests/s)", rate,
                Comparison.GREATER_OR_EQUAL, input.number("minRate"))), outputs);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}

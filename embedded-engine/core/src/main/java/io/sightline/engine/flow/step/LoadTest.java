package io.sightline.engine.flow.step;

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
import java.util.Map;

/**
 * A short load test on the deployment through the platform's load tester: {@code rate} requests per second for
 * {@code seconds}, judged by its 95th-percentile latency against {@code p95Millis}. Started once; a run after a
 * restart watches the test the first attempt started
 * (see {@link StepLoadTest}).
 */
final class LoadTest implements StepAction {
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    private final EngineParts parts;
    private final StepLoadTest loadTest;

    LoadTest(EngineParts parts) {
        this.parts = parts;
        this.loadTest = new StepLoadTest(parts.capacity());
    }

    @Override
    public String name() {
        return "load-test";
    }

    private static Map<String, String> withState(Map<String, String> made, CapacityTest test) {
        Map<String, String> outputs = new java.util.HashMap<>(made);
        outputs.put("testState", test.state().name());
        return outputs;
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        Map<String, String> made = parts.deployFirstRelease(input) ? Map.of(EngineParts.FIRST_RELEASE, "true") : Map.of();
        CapacityTest test = loadTest.startOrWatch(input, deployment, () -> {
            int rate = (int) input.number("rate");
            return new CapacityPlan(rate, rate, 1, Duration.ofSeconds((long) input.number("seconds")),
                    LatencyPercentile.P95, input.number("p95Millis"), 0.01, 4);
        });
        if (!test.state().ended()) {
            return StepResult.waiting("Load test " + test.id() + " is running" + (made.isEmpty() ? "."
                    : " on " + deployment + ", made now to serve the first release."), loadTest.outputs(test, made),
                    LOOK_AGAIN);
        }
        double p95 = test.points().stream().mapToDouble(CapacityPoint::p95Millis).max().orElse(Double.NaN);
        double errors = test.points().stream().mapToDouble(CapacityPoint::errorRate).max().orElse(Double.NaN);
        return StepResult.judged(List.of(
                GateMeasure.judge("p95 latency under load (ms)", p95, Comparison.LESS_OR_EQUAL, test.plan().sloMillis()),
                GateMeasure.judge("error rate under load", errors, Comparison.LESS_OR_EQUAL, test.plan().maxErrorRate())),
                loadTest.outputs(test, withState(made, test)));
    }
}

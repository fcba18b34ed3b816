package io.sightline.engine.flow.step;

import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.store.Ids;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A short load test on the deployment through the platform's load tester: {@code rate} requests per second for
 * {@code seconds}, judged by its 95th-percentile latency against {@code p95Millis}. Started once; a run after a
 * restart watches the test the first attempt started.
 */
final class LoadTest implements StepAction {
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    private final EngineParts parts;
    /** This engine run: tests it started are watched, tests an earlier run left stopped are started again. */
    private final String engineRun = Ids.newId("engine");

    LoadTest(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "load-test";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        String testId = input.previous().get("testId");
        if (testId != null && cutShortByAStop(testId, input)) {
            testId = null; // its engine stopped during it: the verdict needs a test that ran its course
        }
        if (testId == null) {
            int rate = (int) input.number("rate");
            CapacityPlan plan = new CapacityPlan(rate, rate, 1, Duration.ofSeconds((long) input.number("seconds")),
                    LatencyPercentile.P95, input.number("p95Millis"), 0.01, 4);
            testId = parts.capacity().startCapacityTest(deployment, plan, input.startedBy()).id();
        }
        CapacityTest test = parts.capacity().capacityTest(testId);
        if (!test.state().ended()) {
            return StepResult.waiting("Load test " + testId + " is running.", Map.of("testId", testId,
                    "startedIn", engineRun), LOOK_AGAIN);
        }
        double p95 = test.points().stream().mapToDouble(CapacityPoint::p95Millis).max().orElse(Double.NaN);
        double errors = test.points().stream().mapToDouble(CapacityPoint::errorRate).max().orElse(Double.NaN);
        return StepResult.judged(List.of(
                GateMeasure.judge("p95 latency under load (ms)", p95, Comparison.LESS_OR_EQUAL, test.plan().sloMillis()),
                GateMeasure.judge("error rate under load", errors, Comparison.LESS_OR_EQUAL, test.plan().maxErrorRate())),
                Map.of("testId", testId, "testState", test.state().name(), "startedIn", engineRun));
    }

    /**
     * Whether the test this step started was stopped by its engine stopping: it was started by an engine run
     * other than this one (this step runs again after a restart or on another node) and ended stopped.
     */
    private boolean cutShortByAStop(String testId, StepInput input) {
        return !engineRun.equals(input.previous().get("startedIn"))
                && parts.capacity().capacityTest(testId).state() == CapacityTestState.STOPPED;
    }
}

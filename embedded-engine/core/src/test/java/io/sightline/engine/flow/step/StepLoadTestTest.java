package io.sightline.engine.flow.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.flow.StepInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The load test a step starts once: watched by a later attempt of the same engine run, watched by a run after a
 * restart (or on another node) while it still runs, and started again when its engine stopped during it.
 */
class StepLoadTestTest {
    private static final CapacityPlan PLAN = new CapacityPlan(5, 5, 1, Duration.ofSeconds(1), LatencyPercentile.P95,
            100, 0.01, 2);
    private final RecordingCapacity capacity = new RecordingCapacity();

    @Test
    void aFirstAttemptStartsATestAndALaterOneOfTheSameRunWatchesIt() {
        StepLoadTest loadTest = new StepLoadTest(capacity);
        CapacityTest started = loadTest.startOrWatch(input(Map.of()), "live", () -> PLAN);
        Map<String, String> outputs = loadTest.outputs(started, Map.of("extra", "kept"));

        capacity.tests.put(started.id(), withState(started, CapacityTestState.STOPPED));
        CapacityTest watched = loadTest.startOrWatch(input(outputs), "live", () -> PLAN);

        assertThat(outputs).containsEntry("testId", started.id()).containsEntry("extra", "kept").containsKey("startedIn");
        assertThat(watched.id()).isEqualTo(started.id());
        assertThat(capacity.started).hasSize(1);
    }

    @Test
    void aRunAfterARestartWatchesTheTestStillRunningAndRestartsOneItsEngineStopped() {
        CapacityTest first = new StepLoadTest(capacity).startOrWatch(input(Map.of()), "live", () -> PLAN);
        Map<String, String> before = new StepLoadTest(capacity).outputs(first, Map.of());
        StepLoadTest afterRestart = new StepLoadTest(capacity);

        assertThat(afterRestart.startOrWatch(input(before), "live", () -> PLAN).id()).isEqualTo(first.id());
        capacity.tests.put(first.id(), withState(first, CapacityTestState.FINISHED));
        assertThat(afterRestart.startOrWatch(input(before), "live", () -> PLAN).id()).isEqualTo(first.id());
        assertThat(capacity.started).hasSize(1);

        capacity.tests.put(first.id(), withState(first, CapacityTestState.STOPPED));
        CapacityTest again = afterRestart.startOrWatch(input(before), "live", () -> PLAN);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(capacity.started).hasSize(2);
    }

    private static StepInput input(Map<String, String> previous) {
        return new StepInput("flow-1", "knee", new FlowSubject("m", 1, "live"), "ann", Map.of(), Map.of(), previous,
                List.of());
    }

    private static CapacityTest withState(CapacityTest test, CapacityTestState state) {
        return new CapacityTest(test.id(), test.deployment(), test.plan(), state, test.by(), test.startedAt(),
                Instant.now(), test.points(), "ended");
    }

    /** Load tests that never run: started ones are kept in the state the test puts them in. */
    private static final class RecordingCapacity implements Capacity {
        final Map<String, CapacityTest> tests = new HashMap<>();
        final List<String> started = new ArrayList<>();

        @Override
        public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
            CapacityTest test = new CapacityTest("cap-" + (started.size() + 1), deployment, plan,
                    CapacityTestState.RUNNING, by, Instant.now(), null, List.of(), null);
            tests.put(test.id(), test);
            started.add(test.id());
            return test;
        }

        @Override
        public CapacityTest capacityTest(String testId) {
            return tests.get(testId);
        }

        @Override
        public List<CapacityTest> capacityTests(String deployment) {
            return List.copyOf(tests.values());
        }

        @Override
        public CapacityTest stopCapacityTest(String testId) {
            return tests.get(testId);
        }

        @Override
        public ServingLimits servingLimits(String deployment) {
            return ServingLimits.UNLIMITED;
        }

        @Override
        public ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
            return limits;
        }
    }
}

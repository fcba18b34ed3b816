package io.sightline.engine.flow.step;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.store.Ids;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The load test a step starts once and then watches. Its outputs keep the test's id and the engine run that
 * started it ({@code startedIn}): a run of the step after a restart, or on another node, watches that test while
 * it runs, and starts a new one when its engine stopped during it (the verdict needs a test that ran its course).
 */
final class StepLoadTest {
    private final Capacity capacity;
    /** This engine run: tests it started are watched, tests an earlier run left stopped are started again. */
    private final String engineRun = Ids.newId("engine");

    StepLoadTest(Capacity capacity) {
        this.capacity = capacity;
    }

    /** The test this step's earlier attempt started, or a new one on {@code deployment} with the plan given. */
    CapacityTest startOrWatch(StepInput input, String deployment, Supplier<CapacityPlan> plan) {
        String testId = input.previous().get("testId");
        if (testId != null) {
            CapacityTest test = capacity.capacityTest(testId);
            if (!cutShortByAStop(test, input)) {
                return test;
            }
        }
        return capacity.startCapacityTest(deployment, plan.get(), input.startedBy());
    }

    /** The outputs that let a later run of the step find {@code test}, with {@code more} of the step's own. */
    Map<String, String> outputs(CapacityTest test, Map<String, String> more) {
        Map<String, String> outputs = new HashMap<>(more);
        outputs.put("testId", test.id());
        outputs.put("startedIn", engineRun);
        return outputs;
    }

    /**
     * Whether the test was stopped by its engine stopping: started by an engine run other than this one (the step
     * runs again after a restart or on another node) and ended stopped.
     */
    private boolean cutShortByAStop(CapacityTest test, StepInput input) {
        return !engineRun.equals(input.previous().get("startedIn")) && test.state() == CapacityTestState.STOPPED;
    }
}

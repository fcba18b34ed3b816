package io.sightline.engine;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.PlatformException;
import java.util.List;

/** Placeholder until the load tester is wired in: refuses every call. */
enum CapacityPending implements Capacity {
    INSTANCE;

    @Override
    public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        throw PlatformException.invalid("Load tests are not available yet.");
    }

    @Override
    public CapacityTest capacityTest(String testId) {
        throw PlatformException.invalid("Load tests are not available yet.");
    }

    @Override
    public List<CapacityTest> capacityTests(String deployment) {
        return List.of();
    }

    @Override
    public CapacityTest stopCapacityTest(String testId) {
        throw PlatformException.invalid("Load tests are not available yet.");
    }
}

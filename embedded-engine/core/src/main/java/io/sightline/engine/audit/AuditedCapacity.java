package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.reasoned;
import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.ServingLimits;
import java.util.List;

/** Capacity whose load tests started and stopped and serving limits set are recorded in the audit log. */
final class AuditedCapacity implements Capacity {
    private final Capacity capacity;
    private final AuditTrail trail;

    AuditedCapacity(Capacity capacity, AuditTrail trail) {
        this.capacity = capacity;
        this.trail = trail;
    }

    @Override
    public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        return trail.record("capacity.start-test", deployment, by, null,
                () -> capacity.startCapacityTest(deployment, plan, by), test -> state("test", test.id(), "plan", plan));
    }

    @Override
    public CapacityTest capacityTest(String testId) {
        return capacity.capacityTest(testId);
    }

    @Override
    public List<CapacityTest> capacityTests(String deployment) {
        return capacity.capacityTests(deployment);
    }

    @Override
    public CapacityTest stopCapacityTest(String testId) {
        CapacityTest before = capacity.capacityTest(testId);
        return trail.record("capacity.stop-test", before.deployment() + " test " + testId, null,
                state("state", before.state()), () -> capacity.stopCapacityTest(testId),
                stopped -> state("state", stopped.state()));
    }

    @Override
    public ServingLimits servingLimits(String deployment) {
        return capacity.servingLimits(deployment);
    }

    @Override
    public ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
        return trail.record("capacity.set-limits", reasoned(deployment, reason), by,
                capacity.servingLimits(deployment), () -> capacity.setServingLimits(deployment, limits, by, reason),
                set -> set);
    }
}

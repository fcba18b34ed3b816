package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * A load test on a deployment: who started it and when, its plan, the steps measured so far in the order
 * offered, where it is, and a plain sentence on how it ended (null while running). The knee is computed from
 * the steps, so it is the same wherever it is read.
 */
public record CapacityTest(String id, String deployment, CapacityPlan plan, CapacityTestState state, String by,
                           Instant startedAt, Instant endedAt, List<CapacityPoint> points, String message) {
    public CapacityTest {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** The knee so far: the last step that kept the objective and the first that broke it. */
    public CapacityKnee knee() {
        return CapacityKnee.of(plan, points);
    }
}

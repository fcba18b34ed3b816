package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.Flows;
import java.time.Duration;
import java.util.function.Predicate;

/** Waiting, bounded, for a flow to reach a condition while the engine moves it. */
final class FlowWaits {
    private FlowWaits() {
    }

    /** The flow once it meets {@code condition}; the test fails, showing the flow, when it does not within {@code timeout}. */
    static Flow await(Flows flows, String flowId, Duration timeout, Predicate<Flow> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Flow flow = flows.flow(flowId);
        while (!condition.test(flow) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            flow = flows.flow(flowId);
        }
        assertThat(condition).as("flow %s reached the condition; it is %s", flowId, flow).accepts(flow);
        return flow;
    }
}

package io.sightline.engine.api;

import java.util.List;

/**
 * Capacity planning: a load test against a deployment, run by the platform that serves it (in this process for
 * the embedded engine, on the connected server for a remote one), so that load never goes anywhere else. It
 * offers a ramp of request rates, measures latency and errors against the throughput achieved at each step,
 * and finds the knee where the chosen latency objective breaks. Every test is saved with its deployment. And the
 * deployment's serving limits: how many predictions it scores at once and how many may wait, so that overload
 * is refused quickly rather than served slowly.
 */
public interface Capacity {

    /**
     * Starts a load test on the deployment, as {@code by}; bounded in rate, steps and time by the plan's rules.
     * One test runs at a time per engine: a second is refused until the first ends.
     */
    CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by);

    /** The test as it stands: its steps measured so far, and its knee once one is known. */
    CapacityTest capacityTest(String testId);

    /** The deployment's tests, running and saved, newest first. */
    List<CapacityTest> capacityTests(String deployment);

    /**
     * Stops a running test within about a second: the step in flight is dropped, the steps measured are kept.
     * Stopping an ended test is a no-op.
     */
    CapacityTest stopCapacityTest(String testId);

    /** The deployment's serving limits; {@link ServingLimits#UNLIMITED} until some are set. */
    ServingLimits servingLimits(String deployment);

    /**
     * Sets the deployment's serving limits from now on, on every engine that serves it (each enforces them for
     * itself), as {@code by}, for {@code reason}; {@link ServingLimits#UNLIMITED} lifts them.
     */
    ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason);
}

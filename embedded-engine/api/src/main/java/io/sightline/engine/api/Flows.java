package io.sightline.engine.api;

import java.util.List;

/**
 * Deployment flows: graphs of steps defined as data (actions, gates, approvals, waits, parallel joins) that the
 * platform runs on a subject, such as taking a model version through quality gates, staging, tests, approval and
 * a canary to production. Every step's state is kept as it changes, so a flow goes on where it was after the
 * engine restarts; every change is a {@link PlatformEvent.FlowChanged}.
 */
public interface Flows {

    /** The flows this platform can run. */
    List<FlowDefinition> flowDefinitions();

    /**
     * Starts a flow of the request's definition on its subject, as {@code by}; parameters the request leaves out
     * take the definition's defaults.
     */
    Flow startFlow(FlowStart start, String by);

    Flow flow(String flowId);

    /** The most recent flows, newest first, at most {@code limit}. */
    List<Flow> flows(int limit);

    /**
     * Approves the approval step {@code stepId}, which must be waiting for one, as {@code by}: someone other than
     * the person who started the flow.
     */
    Flow approveFlowStep(String flowId, String stepId, String by, String reason);

    /** Rejects the approval step {@code stepId}: the step fails, and the flow follows its failure edges. */
    Flow rejectFlowStep(String flowId, String stepId, String by, String reason);

    /** Starts no new step until resumed; a step already running finishes. */
    Flow pauseFlow(String flowId, String by);

    Flow resumeFlow(String flowId, String by);

    /** Ends the flow now: no further step runs, and the reason is recorded. */
    Flow abortFlow(String flowId, String by, String reason);
}

package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.reasoned;
import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.Flows;
import java.util.List;
import java.util.function.Supplier;

/**
 * Flows whose starts and every steer (approve, reject, pause, resume, abort) are recorded in the audit log, with
 * the flow's state before and after. What the flow's steps then do is the flow's own record.
 */
final class AuditedFlows implements Flows {
    private final Flows flows;
    private final AuditTrail trail;

    AuditedFlows(Flows flows, AuditTrail trail) {
        this.flows = flows;
        this.trail = trail;
    }

    @Override
    public List<FlowDefinition> flowDefinitions() {
        return flows.flowDefinitions();
    }

    @Override
    public Flow startFlow(FlowStart start, String by) {
        return trail.record("flow.start", start.definition() + " on model " + start.subject().model() + " v"
                        + start.subject().version() + (start.subject().deployment() == null ? ""
                        : " into " + start.subject().deployment()), by, null,
                () -> flows.startFlow(start, by), flow -> state("flow", flow.id(), "state", flow.state(),
                        "parameters", flow.parameters()));
    }

    @Override
    public Flow flow(String flowId) {
        return flows.flow(flowId);
    }

    @Override
    public List<Flow> flows(int limit) {
        return flows.flows(limit);
    }

    @Override
    public Flow approveFlowStep(String flowId, String stepId, String by, String reason) {
        return steer("flow.approve-step", flowId, "step " + stepId, by, reason,
                () -> flows.approveFlowStep(flowId, stepId, by, reason));
    }

    @Override
    public Flow rejectFlowStep(String flowId, String stepId, String by, String reason) {
        return steer("flow.reject-step", flowId, "step " + stepId, by, reason,
                () -> flows.rejectFlowStep(flowId, stepId, by, reason));
    }

    @Override
    public Flow pauseFlow(String flowId, String by) {
        return steer("flow.pause", flowId, null, by, null, () -> flows.pauseFlow(flowId, by));
    }

    @Override
    public Flow resumeFlow(String flowId, String by) {
        return steer("flow.resume", flowId, null, by, null, () -> flows.resumeFlow(flowId, by));
    }

    @Override
    public Flow abortFlow(String flowId, String by, String reason) {
        return steer("flow.abort", flowId, null, by, reason, () -> flows.abortFlow(flowId, by, reason));
    }

    private Flow steer(String action, String flowId, String part, String by, String reason, Supplier<Flow> change) {
        String subject = "flow " + flowId + (part == null ? "" : " " + part);
        return trail.record(action, reasoned(subject, reason), by,
                state("state", flows.flow(flowId).state()), change, flow -> state("state", flow.state()));
    }
}

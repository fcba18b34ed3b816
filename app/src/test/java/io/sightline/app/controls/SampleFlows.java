package io.sightline.app.controls;

import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.ArrayList;
import java.util.List;

/** Flows for the diagram's tests: a release with a quality gate, a canary, a sign-off and a rollback. */
final class SampleFlows {
    private SampleFlows() {
    }

    /**
     * Twelve steps: the quality gate branches (on to the release, or notify the owner), the canary and the
     * risk sign-off run side by side and join, and the canary gate branches to promotion or rollback.
     */
    static WorkflowGraph release() {
        return WorkflowGraph.of(List.of(
                new Step("start", "Start", StepKind.START),
                new Step("validate", "Validate data", StepKind.ACTION),
                new Step("quality", "Quality gate", StepKind.GATE),
                new Step("notify", "Notify owner", StepKind.ACTION),
                new Step("canary", "Canary 10 %", StepKind.ACTION),
                new Step("signoff", "Risk sign-off", StepKind.APPROVAL),
                new Step("soak", "Soak 30 min", StepKind.WAIT),
                new Step("canary-gate", "Canary gate", StepKind.GATE),
                new Step("join", "All clear", StepKind.JOIN),
                new Step("promote", "Promote v7", StepKind.ACTION),
                new Step("rollback", "Roll back to v6", StepKind.ACTION),
                new Step("end", "End", StepKind.END)),
                List.of(
                        new Edge("start", "validate"),
                        new Edge("validate", "quality"),
                        new Edge("quality", "canary", "passed"),
                        new Edge("quality", "signoff", "passed"),
                        new Edge("quality", "notify", "failed"),
                        new Edge("canary", "soak"),
                        new Edge("soak", "canary-gate"),
                        new Edge("canary-gate", "join", "passed"),
                        new Edge("canary-gate", "rollback", "failed"),
                        new Edge("signoff", "join"),
                        new Edge("join", "promote"),
                        new Edge("promote", "end"),
                        new Edge("rollback", "end"),
                        new Edge("notify", "end")));
    }

    /** The release with two more steps after promotion: fourteen steps, the most a flow page is meant to show. */
    static WorkflowGraph releaseWithFollowUp() {
        WorkflowGraph release = release();
        List<Step> steps = new ArrayList<>(release.steps());
        steps.add(new Step("watch", "Watch for a day", StepKind.WAIT));
        steps.add(new Step("report", "Release report", StepKind.ACTION));
        List<Edge> edges = new ArrayList<>(release.edges());
        edges.remove(new Edge("promote", "end"));
        edges.addAll(List.of(new Edge("promote", "watch"), new Edge("watch", "report"), new Edge("report", "end")));
        return WorkflowGraph.of(steps, edges);
    }

    /** The release part-way: the canary gate failed, the rollback runs, the sign-off still waits. */
    static void showRollingBack(WorkflowDiagram diagram) {
        show(diagram, "start", StepState.PASSED, "");
        show(diagram, "validate", StepState.PASSED, "48,210 rows");
        show(diagram, "quality", StepState.PASSED, "AUC 0.91 ≥ 0.85");
        show(diagram, "notify", StepState.SKIPPED, "");
        show(diagram, "canary", StepState.PASSED, "10 % of traffic on v7");
        show(diagram, "soak", StepState.PASSED, "30 min elapsed");
        show(diagram, "canary-gate", StepState.FAILED, "errors 2.4 % > 1 %");
        show(diagram, "signoff", StepState.WAITING, "awaiting risk officer");
        show(diagram, "join", StepState.SKIPPED, "");
        show(diagram, "promote", StepState.SKIPPED, "");
        show(diagram, "rollback", StepState.RUNNING, "traffic back to v6");
    }

    private static void show(WorkflowDiagram diagram, String stepId, StepState state, String caption) {
        diagram.setState(stepId, state);
        diagram.setCaption(stepId, caption);
    }
}

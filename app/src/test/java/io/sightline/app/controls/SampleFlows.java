package io.sightline.app.controls;

import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
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
        List<Step> steps = new java.util.ArrayList<>(release.steps());
        steps.add(new Step("watch", "Watch for a day", StepKind.WAIT));
        steps.add(new Step("report", "Release report", StepKind.ACTION));
        List<Edge> edges = new java.util.ArrayList<>(release.edges());
        edges.remove(new Edge("promote", "end"));
        edges.addAll(List.of(new Edge("promote", "watch"), new Edge("watch", "report"), new Edge("report", "end")));
        return WorkflowGraph.of(steps, edges);
    }

    /** The release part-way: the canary gate failed, the rollback runs, the sign-off still waits. */
    static void showRollingBack(WorkflowDiagram diagram) {
        diagram.setState("start", StepState.PASSED);
        diagram.setState("validate", StepState.PASSED);
        diagram.setCaption("validate", "48,210 rows");
        diagram.setState("quality", StepState.PASSED);
        diagram.setCaption("quality", "AUC 0.91 ≥ 0.85");
        diagram.setState("notify", StepState.SKIPPED);
        diagram.setState("canary", StepState.PASSED);
        diagram.setCaption("canary", "10 % of traffic on v7");
        diagram.setState("soak", StepState.PASSED);
        diagram.setCaption("soak", "30 min elapsed");
        diagram.setState("canary-gate", StepState.FAILED);
        diagram.setCaption("canary-gate", "errors 2.4 % > 1 %");
        diagram.setState("signoff", StepState.WAITING);
        diagram.setCaption("signoff", "awaiting risk officer");
        diagram.setState("join", StepState.SKIPPED);
        diagram.setState("promote", StepState.SKIPPED);
        diagram.setState("rollback", StepState.RUNNING);
        diagram.setCaption("rollback", "traffic back to v6");
    }
}

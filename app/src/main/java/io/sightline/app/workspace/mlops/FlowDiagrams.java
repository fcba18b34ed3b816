package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.StepKind;
import io.sightline.app.controls.StepState;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.controls.WorkflowGraph;
import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.StepRun;

/**
 * The engine's flows in the terms of the console's diagram: a definition as a graph (its steps and edges, an
 * edge labelled by the outcome that takes it), a step's run as the diagram's state and caption. The flow starts
 * at its one start step and ends where its edges end, so the diagram needs no start or end nodes of its own.
 */
final class FlowDiagrams {
    static final String PASSED_LABEL = "passed";
    static final String FAILED_LABEL = "failed";

    private FlowDiagrams() {
    }

    static WorkflowGraph graph(FlowDefinition definition) {
        return WorkflowGraph.of(
                definition.steps().stream().map(s -> new WorkflowGraph.Step(s.id(), s.name(), kind(s.kind()))).toList(),
                definition.edges().stream().map(e -> new WorkflowGraph.Edge(e.from(), e.to(), label(e.when())))
                        .toList());
    }

    static StepKind kind(io.sightline.engine.api.StepKind kind) {
        return switch (kind) {
            case ACTION -> StepKind.ACTION;
            case GATE -> StepKind.GATE;
            case APPROVAL -> StepKind.APPROVAL;
            case WAIT -> StepKind.WAIT;
            case JOIN -> StepKind.JOIN;
        };
    }

    static StepState state(io.sightline.engine.api.StepState state) {
        return switch (state) {
            case PENDING -> StepState.PENDING;
            case RUNNING -> StepState.RUNNING;
            case WAITING_FOR_APPROVAL -> StepState.WAITING;
            case PASSED -> StepState.PASSED;
            case FAILED -> StepState.FAILED;
            case SKIPPED -> StepState.SKIPPED;
        };
    }

    static String label(EdgeCondition when) {
        return switch (when) {
            case ON_PASS -> PASSED_LABEL;
            case ON_FAIL -> FAILED_LABEL;
            case ALWAYS -> "";
        };
    }

    /** Shows {@code flow} on the diagram: a new graph only when the definition differs, then every step's state. */
    static void show(WorkflowDiagram diagram, Flow flow) {
        if (flow == null) {
            diagram.setGraph(WorkflowGraph.EMPTY);
            return;
        }
        if (!flow.definition().equals(diagram.getProperties().get(FlowDefinition.class))) {
            diagram.getProperties().put(FlowDefinition.class, flow.definition());
            diagram.setGraph(graph(flow.definition()));
        }
        for (StepRun run : flow.steps()) {
            diagram.setState(run.stepId(), state(run.state()));
            diagram.setCaption(run.stepId(), FlowWording.caption(run));
        }
    }
}

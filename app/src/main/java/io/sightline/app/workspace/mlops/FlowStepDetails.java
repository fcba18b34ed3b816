package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.StepRun;
import java.util.List;

/**
 * What the details pane shows of one step of the flow: its name and kind, state, times, the engine's sentence,
 * who decided it, inputs and outputs, the measures a gate judged, and the load test it ran (null when none).
 */
public record FlowStepDetails(String stepId, String title, String state, String times, String message,
                              String decidedBy, List<String> inputs, List<String> outputs, List<String> measures,
                              CapacityTest loadTest) {
    /** The output under which a step names the load test it ran. */
    static final String LOAD_TEST_OUTPUT = "testId";

    public FlowStepDetails {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        measures = List.copyOf(measures);
    }

    static FlowStepDetails of(FlowStep step, StepRun run, CapacityTest loadTest) {
        String kind = FlowWording.kind(step.kind());
        return new FlowStepDetails(step.id(), step.name().equalsIgnoreCase(kind) ? kind : step.name() + " · " + kind,
                FlowWording.state(run.state()), FlowWording.times(run), run.message() == null ? "" : run.message(),
                run.decidedBy() == null ? "" : "Decided by " + run.decidedBy() + ".", FlowWording.entries(run.inputs()),
                FlowWording.entries(run.outputs()), run.measures().stream().map(FlowWording::measure).toList(),
                loadTest);
    }
}

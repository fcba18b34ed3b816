package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A flow started on a subject: the definition it runs (as it was when the flow started), its parameters, who
 * started it and when, its state, a sentence on why it ended, and each step's run in the definition's order.
 */
public record Flow(String id, FlowDefinition definition, FlowSubject subject, Map<String, String> parameters,
                   FlowState state, String startedBy, Instant startedAt, Instant endedAt, String message,
                   List<StepRun> steps) {
    public Flow {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** The run of step {@code stepId}. */
    public StepRun step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("step in flow " + id, stepId));
    }
}

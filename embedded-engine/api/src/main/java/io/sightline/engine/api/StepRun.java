package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One step of a flow as it ran: its state, when it started and settled, what it was given and what it gave, the
 * values a gate judged, a sentence on what happened, and who decided an approval ({@code decidedBy}).
 */
public record StepRun(String stepId, StepState state, Instant startedAt, Instant endedAt, Map<String, String> inputs,
                      Map<String, String> outputs, List<GateMeasure> measures, String message, String decidedBy) {
    public StepRun {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}

package io.sightline.engine.api;

import java.time.Instant;
import java.util.Map;

/**
 * A prediction as the log kept it: where it was served, its inputs, its output, score and decision, how long
 * it took, and its outcome once reported (null until then).
 */
public record LoggedPrediction(
        long id,
        String deployment,
        ModelRef model,
        Instant at,
        Map<String, String> inputs,
        String output,
        double confidence,
        double latencyMicros,
        String predictionId,
        Double score,
        Decision decision,
        String actualLabel) {

    public LoggedPrediction {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}

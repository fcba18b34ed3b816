package io.sightline.engine.api;

import java.time.Instant;
import java.util.Map;

/** A prediction as the log kept it: where it was served, its inputs, its output and how long it took. */
public record LoggedPrediction(
        long id,
        String deployment,
        ModelRef model,
        Instant at,
        Map<String, String> inputs,
        String output,
        double confidence,
        double latencyMicros) {

    public LoggedPrediction {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}

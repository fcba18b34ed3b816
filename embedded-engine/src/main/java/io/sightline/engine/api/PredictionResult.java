package io.sightline.engine.api;

import java.util.Map;

/**
 * One answer of a deployment. Classification: {@code label}, its {@code confidence} (the probability of that
 * label, or NaN when the model gives none) and every label's probability. Regression: {@code value}.
 */
public record PredictionResult(
        String deployment,
        ModelRef model,
        String label,
        Double value,
        double confidence,
        Map<String, Double> probabilities,
        double latencyMicros) {

    public PredictionResult {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }
}

package io.sightline.engine.api;

import java.util.Map;

/**
 * One answer of a deployment. Classification: {@code label}, its {@code confidence} (the probability of that
 * label, or NaN when the model gives none) and every label's probability; {@code score} is the positive
 * class's probability for binary models (null otherwise). Regression: {@code value}. {@code predictionId}
 * identifies it for reporting its outcome later; {@code decision} is what the deployment's enabled strategies
 * decided ({@code ALLOW} when none matched), naming the strategy that matched, if any.
 */
public record PredictionResult(
        String deployment,
        ModelRef model,
        String label,
        Double value,
        double confidence,
        Map<String, Double> probabilities,
        double latencyMicros,
        String predictionId,
        Double score,
        Decision decision,
        String strategy) {

    public PredictionResult {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }
}

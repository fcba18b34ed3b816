package io.sightline.engine.api;

import java.util.Map;

/**
 * One answer of a deployment. Classification: {@code label}, its {@code confidence} (the probability of that
 * label, or NaN when the model gives none) and every label's probability; {@code score} is the positive
 * class's probability for binary models (null otherwise). Regression: {@code value}. {@code predictionId}
 * identifies it for reporting its outcome later; {@code decision} is what the deployment's enabled strategies
 * decided ({@code ALLOW} when none matched), naming the strategy that matched, if any. {@code arm} is the arm of
 * the deployment's traffic policy that answered (such as "stable" or "canary"; "live" for a single version).
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
        String strategy,
        String arm) {

    public PredictionResult {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }

    /** An answer that names no arm (from before traffic policies). */
    public PredictionResult(String deployment, ModelRef model, String label, Double value, double confidence,
                            Map<String, Double> probabilities, double latencyMicros, String predictionId, Double score,
                            Decision decision, String strategy) {
        this(deployment, model, label, value, confidence, probabilities, latencyMicros, predictionId, score, decision,
                strategy, null);
    }
}

package io.sightline.engine.train;

import java.util.Map;

/**
 * One prediction of a {@link TrainedModel}. Classification: the predicted {@code label}, its probability as
 * {@code confidence} (NaN when the model gives no probabilities) and the probability of every label (empty
 * then). Regression: {@code value}; label null, confidence NaN, probabilities empty.
 */
public record ModelPrediction(String label, Double value, double confidence, Map<String, Double> probabilities) {
    public ModelPrediction {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }
}

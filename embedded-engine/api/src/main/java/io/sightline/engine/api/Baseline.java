package io.sightline.engine.api;

import java.util.Map;

/**
 * What guessing would achieve: always the majority class (classification) or always the mean (regression),
 * measured on the same test rows as the model, with the same metric names as {@link Evaluation}.
 */
public record Baseline(String description, Map<String, Double> metrics) {
    public Baseline {
        metrics = Map.copyOf(metrics);
    }

    public double metric(String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }
}

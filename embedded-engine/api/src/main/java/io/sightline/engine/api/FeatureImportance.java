package io.sightline.engine.api;

/** How much a source column matters to a model, normalised so that the importances of a model sum to 1. */
public record FeatureImportance(String column, double importance) {
}

package io.sightline.engine.train;

/**
 * Raw predictions of a batch of rows. Classification: the predicted label's index (into the schema's labels)
 * and per row a score per label, or null scores when the model gives none; {@code probabilistic} says whether
 * the scores are probabilities. Regression: the predicted numbers.
 */
record BatchScores(int[] predicted, double[][] scores, boolean probabilistic, double[] values) {
}

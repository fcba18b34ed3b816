package io.sightline.engine.train;

/**
 * Raw predictions of a batch of rows. Classification: the predicted label's index (into the schema's labels)
 * and per row a score per label, or null scores when the model gives none; {@code probabilistic} says whether
 * the scores are probabilities. Regression: the predicted numbers.
 */
record BatchScores(int[] predicted, double[][] scores, boolean probabilistic, double[] values) {

    /**
     * The yes/no answers when label {@code positive} is given from a score of {@code threshold} on (the other
     * label below it); unchanged without scores or without a threshold (NaN).
     */
    BatchScores atThreshold(int positive, double threshold) {
        if (Double.isNaN(threshold) || scores == null) {
            return this;
        }
        int[] decided = new int[predicted.length];
        for (int i = 0; i < decided.length; i++) {
            decided[i] = decide(predicted[i], scores[i], positive, threshold);
        }
        return new BatchScores(decided, scores, probabilistic, values);
    }

    /** One row's answer: {@code positive} when its score reaches {@code threshold}, else the other of the two. */
    static int decide(int predicted, double[] rowScores, int positive, double threshold) {
        if (Double.isNaN(threshold) || rowScores == null) {
            return predicted;
        }
        return rowScores[positive] >= threshold ? positive : 1 - positive;
    }
}

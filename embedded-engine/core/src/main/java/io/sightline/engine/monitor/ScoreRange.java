package io.sightline.engine.monitor;

/** The range over which the scores of a model version are counted: probabilities, or the values seen in training. */
public record ScoreRange(double low, double high) {
    public static final ScoreRange PROBABILITY = new ScoreRange(0, 1);
}

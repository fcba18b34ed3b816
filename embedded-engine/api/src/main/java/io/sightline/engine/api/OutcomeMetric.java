package io.sightline.engine.api;

/** What counts as a success of a prediction once its outcome is known, for A/B tests, bandits and canaries. */
public enum OutcomeMetric {
    /** The predicted label was the actual one. */
    CORRECT,
    /** The actual outcome was the positive class (for a rate such as conversions or fraud found). */
    POSITIVE_OUTCOME
}

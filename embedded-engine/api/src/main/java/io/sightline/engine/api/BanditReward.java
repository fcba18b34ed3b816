package io.sightline.engine.api;

/** What rewards a bandit's arm once a prediction's outcome is known. */
public enum BanditReward {
    /** 1 when the outcome is a success by the plan's metric, else 0. */
    OUTCOME,
    /** The outcome's money value, as a share of the largest value seen (a Bernoulli trial with that chance). */
    MONEY
}

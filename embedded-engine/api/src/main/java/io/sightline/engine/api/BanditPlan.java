package io.sightline.engine.api;

import java.time.Duration;

/**
 * A Thompson-sampling bandit over the policy's arms: the reward, the outcome metric (for {@link BanditReward#OUTCOME}),
 * the Beta prior of every arm, how often shares are recomputed from the posteriors, and the least share an arm
 * keeps so that it goes on being tried.
 */
public record BanditPlan(BanditReward reward, OutcomeMetric metric, double priorAlpha, double priorBeta,
                         Duration updateEvery, double minShare) {
    public BanditPlan {
        if (reward == null || metric == null) {
            throw PlatformException.invalid("Choose what rewards the bandit's arms.");
        }
        if (!(priorAlpha > 0 && priorBeta > 0)) {
            throw PlatformException.invalid("The bandit's Beta prior needs two positive numbers, such as 1 and 1.");
        }
        if (updateEvery == null || updateEvery.isNegative() || updateEvery.isZero()) {
            throw PlatformException.invalid("Say how often the bandit moves its shares, such as every 10 seconds.");
        }
        if (!(minShare >= 0 && minShare < 0.5)) {
            throw PlatformException.invalid("The least share a bandit arm keeps is from 0 to below 0.5, such as 0.02.");
        }
    }
}

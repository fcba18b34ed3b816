package io.sightline.engine.train;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.Objects;

/**
 * How an AutoML search runs: the number of cross-validation folds, the time budget after which no new
 * candidate or fold is started, the random seed of every split and learner, the share of rows held out
 * for the final test (0 for none), and what a yes/no model's decisions are judged by (its threshold is chosen
 * for it, and the winner by it).
 */
public record AutoMlConfig(int folds, Duration budget, long seed, double testFraction, DecisionObjective objective) {

    public AutoMlConfig {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(objective, "objective");
        if (folds < 2) {
            throw PlatformException.invalid("Cross-validation needs at least 2 folds; got " + folds + ".");
        }
        if (budget.isNegative() || budget.isZero()) {
            throw PlatformException.invalid("The time budget must be positive; got " + budget + ".");
        }
        if (!(testFraction >= 0 && testFraction < 0.9)) {
            throw PlatformException.invalid("The test share must be between 0 and 0.9; got " + testFraction + ".");
        }
    }

    /** Decisions judged by accuracy. */
    public AutoMlConfig(int folds, Duration budget, long seed, double testFraction) {
        this(folds, budget, seed, testFraction, DecisionObjective.accuracy());
    }

    /** Five folds, five minutes, seed 42, a fifth of the rows held out for the test, judged by accuracy. */
    public static AutoMlConfig defaults() {
        return new AutoMlConfig(5, Duration.ofMinutes(5), 42L, 0.2);
    }

    public AutoMlConfig withFolds(int newFolds) {
        return new AutoMlConfig(newFolds, budget, seed, testFraction, objective);
    }

    public AutoMlConfig withBudget(Duration newBudget) {
        return new AutoMlConfig(folds, newBudget, seed, testFraction, objective);
    }

    public AutoMlConfig withSeed(long newSeed) {
        return new AutoMlConfig(folds, budget, newSeed, testFraction, objective);
    }

    public AutoMlConfig withTestFraction(double newTestFraction) {
        return new AutoMlConfig(folds, budget, seed, newTestFraction, objective);
    }

    public AutoMlConfig withObjective(DecisionObjective newObjective) {
        return new AutoMlConfig(folds, budget, seed, testFraction, newObjective);
    }
}

package io.sightline.engine.api;

import java.time.Duration;
import java.util.Map;

/**
 * What to train: a dataset, its target, optional column type overrides, the number of cross-validation folds,
 * a time budget, the seed that makes a rerun give the same leaderboard, and the registered model name the
 * winner is recorded under.
 */
public record TrainingRequest(
        String datasetId,
        String target,
        Map<String, ColumnType> typeOverrides,
        int folds,
        Duration budget,
        long seed,
        String modelName) {

    public static final int DEFAULT_FOLDS = 5;
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);
    public static final long DEFAULT_SEED = 42L;

    public TrainingRequest {
        typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
        if (folds < 2 || folds > 20) {
            throw PlatformException.invalid("Cross-validation needs between 2 and 20 folds (asked for " + folds + ").");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw PlatformException.invalid("The time budget must be a positive duration.");
        }
    }

    /** The defaults the wizard uses: 5 folds, 5 minutes, seed 42, model named after the dataset. */
    public static TrainingRequest of(String datasetId, String target, String modelName) {
        return new TrainingRequest(datasetId, target, Map.of(), DEFAULT_FOLDS, DEFAULT_BUDGET, DEFAULT_SEED, modelName);
    }

    public TrainingRequest withBudget(Duration newBudget) {
        return new TrainingRequest(datasetId, target, typeOverrides, folds, newBudget, seed, modelName);
    }

    public TrainingRequest withTypeOverrides(Map<String, ColumnType> overrides) {
        return new TrainingRequest(datasetId, target, overrides, folds, budget, seed, modelName);
    }
}

package io.sightline.engine.api;

/**
 * Drift of one column (or of the predictions, column {@code "(prediction)"}) between reference and current
 * data. {@code method} names the test that decides ({@code "ks"}, {@code "chisquare"}, {@code "wasserstein"},
 * {@code "jensenshannon"}); {@code score} is its statistic or p-value as compared with {@code threshold}
 * (p-values drift when below it, distances when at or above it). Every statistic computed is given too;
 * those that do not apply to the column's kind are null. Missing shares are fractions of rows.
 */
public record FeatureDrift(
        String column,
        boolean numeric,
        String method,
        double score,
        double threshold,
        boolean drifted,
        Double psi,
        Double ksStatistic,
        Double ksPValue,
        Double chiSquare,
        Double chiSquarePValue,
        Double jensenShannon,
        Double wassersteinNormed,
        double referenceMissing,
        double currentMissing) {
}

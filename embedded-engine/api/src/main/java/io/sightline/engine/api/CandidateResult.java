package io.sightline.engine.api;

import java.util.Map;

/**
 * One line of the AutoML leaderboard. {@code cvScore} is the mean of the primary metric over the folds
 * ({@code metric} names it, e.g. "AUC", "accuracy", "RMSE"); {@code higherIsBetter} says how to rank it.
 * {@code status} is "ok", "failed", "skipped" or "out of time", with {@code note} saying why.
 */
public record CandidateResult(
        String name,
        String algorithm,
        Map<String, String> params,
        String metric,
        boolean higherIsBetter,
        double cvScore,
        double cvStd,
        Map<String, Double> cvMetrics,
        long trainMillis,
        double predictMicrosPerRow,
        String status,
        String note) {

    public CandidateResult {
        params = params == null ? Map.of() : Map.copyOf(params);
        cvMetrics = cvMetrics == null ? Map.of() : Map.copyOf(cvMetrics);
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}

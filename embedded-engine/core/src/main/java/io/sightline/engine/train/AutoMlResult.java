package io.sightline.engine.train;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.Task;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an AutoML search: the leaderboard (best first), the winner refit on all training rows, its
 * cross-validated and held-out evaluations (the latter null when no rows were held out), what guessing would
 * score on the same rows, the columns that matter, the time each phase took, the settings used and the
 * headline metrics ("cv_&lt;metric&gt;" for cross-validation, "test_&lt;metric&gt;" for the held-out rows).
 */
public record AutoMlResult(
        Task task,
        List<CandidateResult> leaderboard,
        String bestCandidate,
        TrainedModel model,
        Evaluation crossValidation,
        Evaluation testEvaluation,
        Baseline baseline,
        List<FeatureImportance> importances,
        Map<String, Long> timingsMillis,
        Map<String, String> params,
        Map<String, Double> metrics) {

    public AutoMlResult {
        leaderboard = List.copyOf(leaderboard);
        importances = List.copyOf(importances);
        timingsMillis = Map.copyOf(timingsMillis);
        params = Map.copyOf(params);
        metrics = Map.copyOf(metrics);
    }

    /** The leaderboard line of the winner. */
    public CandidateResult best() {
        return leaderboard.stream().filter(c -> c.name().equals(bestCandidate)).findFirst().orElseThrow();
    }
}

package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A recorded training: which bytes it learnt from ({@code datasetSha256}), its parameters, the leaderboard
 * of candidates, the chosen one's cross-validated and held-out test evaluations, what guessing would score,
 * the most influential columns, timings in milliseconds per phase, the Tribuo provenance of the final model
 * (JSON), the registered model version it produced (null when it failed), and free-form tags (runs logged
 * through the MLflow API carry their own; such runs have no leaderboard, evaluation or dataset).
 */
public record RunInfo(
        String id,
        String experiment,
        String datasetId,
        String datasetSha256,
        String target,
        Task task,
        RunStatus status,
        Map<String, String> params,
        Map<String, Double> metrics,
        List<CandidateResult> leaderboard,
        String bestCandidate,
        Evaluation testEvaluation,
        Baseline baseline,
        List<FeatureImportance> importances,
        Map<String, Long> timingsMillis,
        String provenance,
        Instant startedAt,
        Instant finishedAt,
        ModelRef model,
        Map<String, String> tags) {

    public RunInfo {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        params = params == null ? Map.of() : Map.copyOf(params);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        leaderboard = leaderboard == null ? List.of() : List.copyOf(leaderboard);
        importances = importances == null ? List.of() : List.copyOf(importances);
        timingsMillis = timingsMillis == null ? Map.of() : Map.copyOf(timingsMillis);
    }

    /** A run without tags, as the engine's own trainings record it. */
    public RunInfo(String id, String experiment, String datasetId, String datasetSha256, String target, Task task,
                   RunStatus status, Map<String, String> params, Map<String, Double> metrics,
                   List<CandidateResult> leaderboard, String bestCandidate, Evaluation testEvaluation,
                   Baseline baseline, List<FeatureImportance> importances, Map<String, Long> timingsMillis,
                   String provenance, Instant startedAt, Instant finishedAt, ModelRef model) {
        this(id, experiment, datasetId, datasetSha256, target, task, status, params, metrics, leaderboard,
                bestCandidate, testEvaluation, baseline, importances, timingsMillis, provenance, startedAt,
                finishedAt, model, Map.of());
    }
}

package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run as a line of the runs table, with the figures a data scientist scans for first; {@code depth} 1 for a
 * child shown under its parent, {@code children} how many runs are nested under it.
 */
public record RunRow(RunInfo run, String started, String dataset, String target, String task, String best,
        String cvMetric, String testMetric, String duration, String status, int depth, int children) {

    /** Test metrics tried in order when none is named like the cross-validated one. */
    private static final List<String> FALLBACK_TEST_METRICS = List.of("auc", "accuracy", "f1", "r2", "rmse");

    static RunRow of(RunInfo run, String datasetName) {
        Optional<CandidateResult> best = bestCandidate(run);
        return new RunRow(run, Figures.dateTime(run.startedAt()), datasetName,
                run.target() == null ? Figures.NONE : run.target(),
                run.task() == null ? Figures.NONE : run.task().plainName(),
                best.map(CandidateResult::algorithm).orElse(Figures.NONE),
                best.map(c -> c.metric() + " " + Figures.metric(c.cvScore())).orElse(Figures.NONE),
                testMetric(run, best.map(CandidateResult::metric).orElse(null)),
                duration(run), statusWord(run.status()), 0, 0);
    }

    RunRow nested(int newDepth, int childCount) {
        return new RunRow(run, started, dataset, target, task, best, cvMetric, testMetric, duration, status, newDepth,
                childCount);
    }

    /** The run's name (MLflow's {@code mlflow.runName} tag), else its id; a child's is indented under its parent. */
    public String name() {
        String name = run.tags().getOrDefault("mlflow.runName", run.id());
        if (depth > 0) {
            return "      " + name;
        }
        return children > 0 ? "▸ " + name + " (" + children + ")" : name;
    }

    /** A metric, parameter or tag column ({@code metrics.auc}, {@code params.depth}, {@code tags.team}) as text. */
    public String field(String column) {
        int dot = column.indexOf('.');
        String key = column.substring(dot + 1);
        return switch (column.substring(0, dot)) {
            case "metrics" -> run.metrics().containsKey(key) ? Figures.metric(run.metrics().get(key)) : Figures.NONE;
            case "params" -> run.params().getOrDefault(key, Figures.NONE);
            case "tags" -> run.tags().getOrDefault(key, Figures.NONE);
            default -> Figures.NONE;
        };
    }

    public String id() {
        return run.id();
    }

    static Optional<CandidateResult> bestCandidate(RunInfo run) {
        return run.leaderboard().stream().filter(c -> c.name().equals(run.bestCandidate())).findFirst();
    }

    /** The held-out metric that matches the cross-validated one ("AUC" and "auc"), written as "auc 0.905". */
    static String testMetric(RunInfo run, String cvMetric) {
        Evaluation test = run.testEvaluation();
        if (test == null || test.metrics().isEmpty()) {
            return Figures.NONE;
        }
        Map<String, Double> metrics = test.metrics();
        String name = metrics.keySet().stream().filter(k -> k.equalsIgnoreCase(cvMetric)).findFirst()
                .or(() -> FALLBACK_TEST_METRICS.stream().filter(metrics::containsKey).findFirst())
                .orElseGet(() -> metrics.keySet().stream().sorted().findFirst().orElseThrow());
        return name + " " + Figures.metric(metrics.get(name));
    }

    static String duration(RunInfo run) {
        if (run.startedAt() == null || run.finishedAt() == null) {
            return run.status() == RunStatus.RUNNING ? "running" : Figures.NONE;
        }
        return Figures.duration(Duration.between(run.startedAt(), run.finishedAt()).toMillis());
    }

    static String statusWord(RunStatus status) {
        if (status == null) {
            return Figures.NONE;
        }
        return switch (status) {
            case RUNNING -> "Running";
            case SCHEDULED -> "Scheduled";
            case FINISHED -> "Finished";
            case FAILED -> "Failed";
            case KILLED -> "Stopped";
        };
    }
}

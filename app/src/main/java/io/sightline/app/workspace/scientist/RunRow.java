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

/** A run as a line of the runs table, with the figures a data scientist scans for first. */
public record RunRow(RunInfo run, String started, String dataset, String target, String task, String best,
        String cvMetric, String testMetric, String duration, String status) {

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
                duration(run), statusWord(run.status()));
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

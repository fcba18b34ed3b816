package io.sightline.engine.track;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Task;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs in the database: the engine's trainings, written once when they finish, and runs that MLflow clients
 * start and log to bit by bit. Parameters, tags and latest metrics logged row by row ({@link RunData}) are
 * merged with those a training recorded, so every reader sees one run.
 */
public final class RunStore {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, Long>> LONG_MAP = new TypeReference<>() { };
    private static final TypeReference<List<CandidateResult>> LEADERBOARD = new TypeReference<>() { };
    private static final TypeReference<List<FeatureImportance>> IMPORTANCES = new TypeReference<>() { };
    private static final String SELECT = "SELECT r.*, e.id AS experiment_key, e.artifact_location AS experiment_location "
            + "FROM run r LEFT JOIN experiment e ON e.name = r.experiment ";

    private final ExperimentStore experiments;

    public RunStore(ExperimentStore experiments) {
        this.experiments = experiments;
    }

    /** Records a finished (or failed) training; its experiment is created if it is new. */
    public void insert(Connection connection, RunInfo run) throws SQLException {
        experiments.ensure(connection, run.experiment());
        Sql.update(connection, """
                INSERT INTO run (id, experiment, dataset_id, dataset_sha256, target, task, status, params_json,
                    metrics_json, leaderboard_json, best_candidate, test_eval_json, baseline_json, importances_json,
                    timings_json, provenance, started_at, finished_at, model_name, model_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.id(), run.experiment(), run.datasetId(), run.datasetSha256(), run.target(), run.task(),
                run.status(), Json.write(run.params()), Json.write(run.metrics()), Json.write(run.leaderboard()),
                run.bestCandidate(), run.testEvaluation() == null ? null : Json.write(run.testEvaluation()),
                run.baseline() == null ? null : Json.write(run.baseline()), Json.write(run.importances()),
                Json.write(run.timingsMillis()), run.provenance(), run.startedAt(), run.finishedAt(),
                run.model() == null ? null : run.model().model(),
                run.model() == null ? null : run.model().version());
        // Also row by row, where searches find them by key as they find what MLflow clients log.
        long recordedMillis = (run.finishedAt() == null ? run.startedAt() : run.finishedAt()).toEpochMilli();
        Sql.batch(connection, "INSERT INTO run_param (run_id, param_key, param_value) VALUES (?, ?, ?)",
                run.params().entrySet().stream().map(p -> new Object[] {run.id(), p.getKey(), p.getValue()}).toList());
        Sql.batch(connection, "INSERT INTO latest_metric (run_id, metric_key, metric_value, logged_ms, step) "
                + "VALUES (?, ?, ?, ?, 0)", run.metrics().entrySet().stream()
                .map(m -> new Object[] {run.id(), m.getKey(), m.getValue(), recordedMillis}).toList());
    }

    /** Records a run an MLflow client starts: running, with nothing logged yet. */
    public void start(Connection connection, String runId, Experiment experiment, String name, String userId,
                      Instant startedAt) throws SQLException {
        Sql.update(connection, """
                INSERT INTO run (id, experiment, status, params_json, metrics_json, leaderboard_json,
                    importances_json, timings_json, started_at, run_name, user_id, artifact_uri, lifecycle_stage)
                VALUES (?, ?, ?, '{}', '{}', '[]', '[]', '{}', ?, ?, ?, ?, ?)""",
                runId, experiment.name(), RunStatus.RUNNING, startedAt, name, userId,
                experiment.artifactLocation() + "/" + runId + "/artifacts", LifecycleStage.ACTIVE.word());
    }

    /** The runs in use (not deleted), newest first. */
    public List<RunInfo> list(Connection connection) throws SQLException {
        return select(connection, "WHERE r.lifecycle_stage = ?", LifecycleStage.ACTIVE.word()).stream()
                .map(TrackedRun::info).toList();
    }

    public RunInfo get(Connection connection, String runId) throws SQLException {
        return tracked(connection, runId).info();
    }

    public TrackedRun tracked(Connection connection, String runId) throws SQLException {
        List<TrackedRun> found = select(connection, "WHERE r.id = ?", runId);
        if (found.isEmpty()) {
            throw PlatformException.notFound("run", runId);
        }
        return found.get(0);
    }

    /** The runs on one page of a search, in the order the search gives, read by the ids the database chose. */
    List<TrackedRun> page(Connection connection, RunSelection.Statement page) throws SQLException {
        List<String> ids = Sql.list(connection, page.sql(), row -> row.getString("id"), page.paramArray());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, TrackedRun> byId = new HashMap<>();
        for (TrackedRun run : select(connection, "WHERE r.id IN (" + String.join(", ",
                Collections.nCopies(ids.size(), "?")) + ")", ids.toArray())) {
            byId.put(run.id(), run);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** How many children (in {@code view}) each of {@code parentIds} has; parents without any are left out. */
    Map<String, Integer> childCounts(Connection connection, List<String> parentIds, ViewType view)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        RunSelection.Statement statement = RunSelection.childCounts(parentIds, view);
        Sql.list(connection, statement.sql(), row -> counts.put(row.getString("parent_run_id"), row.getInt("children")),
                statement.paramArray());
        return counts;
    }

    /** The metric, parameter or tag keys the newest {@code newestRuns} runs of the scope have, sorted. */
    List<String> keys(Connection connection, SearchField.Kind kind, RunScope scope, int newestRuns)
            throws SQLException {
        RunSelection.Statement statement = RunSelection.keys(kind, scope, newestRuns);
        return Sql.list(connection, statement.sql(), row -> row.getString("field_key"), statement.paramArray());
    }

    /** Locks the run's row until the transaction ends, so that concurrent writes to one run queue up. */
    public TrackedRun lock(Connection connection, String runId) throws SQLException {
        Sql.one(connection, "SELECT id FROM run WHERE id = ? FOR UPDATE", row -> row.getString("id"), runId);
        return tracked(connection, runId);
    }

    public void update(Connection connection, String runId, RunStatus status, Instant finishedAt) throws SQLException {
        Sql.update(connection, "UPDATE run SET status = ?, finished_at = ? WHERE id = ?", status, finishedAt, runId);
    }

    /** Keeps the parent column in step with the tag {@code mlflow.parentRunId} (null: no parent). */
    void setParent(Connection connection, String runId, String parentRunId) throws SQLException {
        Sql.update(connection, "UPDATE run SET parent_run_id = ? WHERE id = ?", parentRunId, runId);
    }

    public void rename(Connection connection, String runId, String name) throws SQLException {
        Sql.update(connection, "UPDATE run SET run_name = ? WHERE id = ?", name, runId);
    }

    public void setStage(Connection connection, String runId, LifecycleStage stage) throws SQLException {
        Sql.update(connection, "UPDATE run SET lifecycle_stage = ? WHERE id = ?", stage.word(), runId);
    }

    /** Deletes or restores every run of an experiment along with it. */
    public void setStageOfExperiment(Connection connection, String experimentName, LifecycleStage stage)
            throws SQLException {
        Sql.update(connection, "UPDATE run SET lifecycle_stage = ? WHERE experiment = ?", stage.word(), experimentName);
    }

    private List<TrackedRun> select(Connection connection, String where, Object... params) throws SQLException {
        RunData data = RunData.load(connection, "SELECT r.id FROM run r LEFT JOIN experiment e ON e.name = r.experiment "
                + where, params);
        return Sql.list(connection, SELECT + where + " ORDER BY r.started_at DESC, r.id", row -> read(row, data),
                params);
    }

    private TrackedRun read(ResultSet row, RunData data) throws SQLException {
        String id = row.getString("id");
        String modelName = row.getString("model_name");
        Integer modelVersion = Sql.nullableInt(row, "model_version");
        String task = row.getString("task");
        Instant started = Sql.instant(row, "started_at");
        Instant finished = Sql.instant(row, "finished_at");
        Instant recordedAt = finished == null ? started : finished;
        List<MetricPoint> latest = data.latestMetrics(id, Json.read(row.getString("metrics_json"), DOUBLE_MAP),
                recordedAt.toEpochMilli());
        RunInfo info = new RunInfo(
                id,
                row.getString("experiment"),
                row.getString("dataset_id"),
                row.getString("dataset_sha256"),
                row.getString("target"),
                task == null ? null : Task.valueOf(task),
                RunStatus.valueOf(row.getString("status")),
                data.params(id, Json.read(row.getString("params_json"), STRING_MAP)),
                RunData.values(latest),
                Json.read(row.getString("leaderboard_json"), LEADERBOARD),
                row.getString("best_candidate"),
                Json.read(row.getString("test_eval_json"), Evaluation.class),
                Json.read(row.getString("baseline_json"), Baseline.class),
                Json.read(row.getString("importances_json"), IMPORTANCES),
                Json.read(row.getString("timings_json"), LONG_MAP),
                row.getString("provenance"),
                started,
                finished,
                modelName == null || modelVersion == null ? null : new ModelRef(modelName, modelVersion),
                data.tags(id));
        String experimentId = row.getString("experiment_key");
        String artifactUri = row.getString("artifact_uri");
        if (artifactUri == null && experimentId != null) {
            String location = row.getString("experiment_location");
            artifactUri = (location == null ? experiments.defaultLocation(experimentId) : location) + "/" + id
                    + "/artifacts";
        }
        return new TrackedRun(info, experimentId, row.getString("run_name"), row.getString("user_id"),
                LifecycleStage.of(row.getString("lifecycle_stage")), artifactUri, latest);
    }
}

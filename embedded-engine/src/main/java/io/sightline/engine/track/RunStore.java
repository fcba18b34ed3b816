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
import io.sightline.engine.store.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Runs in the database: written once when a training finishes, read by the console and the commands. */
public final class RunStore {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, Long>> LONG_MAP = new TypeReference<>() { };
    private static final TypeReference<List<CandidateResult>> LEADERBOARD = new TypeReference<>() { };
    private static final TypeReference<List<FeatureImportance>> IMPORTANCES = new TypeReference<>() { };

    public void insert(Connection connection, RunInfo run) throws SQLException {
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
    }

    public List<RunInfo> list(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT * FROM run ORDER BY started_at DESC", RunStore::read);
    }

    public RunInfo get(Connection connection, String runId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM run WHERE id = ?", RunStore::read, runId)
                .orElseThrow(() -> PlatformException.notFound("run", runId));
    }

    private static RunInfo read(ResultSet row) throws SQLException {
        String modelName = row.getString("model_name");
        Integer modelVersion = Sql.nullableInt(row, "model_version");
        String task = row.getString("task");
        return new RunInfo(
                row.getString("id"),
                row.getString("experiment"),
                row.getString("dataset_id"),
                row.getString("dataset_sha256"),
                row.getString("target"),
                task == null ? null : Task.valueOf(task),
                RunStatus.valueOf(row.getString("status")),
                Json.read(row.getString("params_json"), STRING_MAP),
                Json.read(row.getString("metrics_json"), DOUBLE_MAP),
                Json.read(row.getString("leaderboard_json"), LEADERBOARD),
                row.getString("best_candidate"),
                Json.read(row.getString("test_eval_json"), Evaluation.class),
                Json.read(row.getString("baseline_json"), Baseline.class),
                Json.read(row.getString("importances_json"), IMPORTANCES),
                Json.read(row.getString("timings_json"), LONG_MAP),
                row.getString("provenance"),
                Sql.instant(row, "started_at"),
                Sql.instant(row, "finished_at"),
                modelName == null || modelVersion == null ? null : new ModelRef(modelName, modelVersion));
    }
}

package io.sightline.engine.track;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what clients log to a run: parameters (once; the same value again is accepted, another is refused),
 * tags (the last value wins) and metric values (all kept, with each metric's latest value beside them).
 */
public final class RunLog {
    /** The tag MLflow clients use for a run's name; it and the run's name are kept the same. */
    public static final String RUN_NAME_TAG = "mlflow.runName";
    /** The tag MLflow clients set on a nested run: its parent's id, kept in a column too for the folded table. */
    public static final String PARENT_RUN_TAG = "mlflow.parentRunId";
    private static final int MAX_RUN_ID_LENGTH = 64;

    private final RunStore runs;

    public RunLog(RunStore runs) {
        this.runs = runs;
    }

    /** Writes {@code batch} to {@code run}, which the caller has locked in this transaction. */
    public void log(Connection connection, TrackedRun run, RunBatch batch) throws SQLException {
        Map<String, String> params = new HashMap<>(run.info().params());
        for (KeyValue param : batch.params()) {
            String logged = params.get(param.key());
            if (logged == null) {
                Sql.update(connection, "INSERT INTO run_param (run_id, param_key, param_value) VALUES (?, ?, ?)",
                        run.id(), param.key(), param.value());
                params.put(param.key(), param.value());
            } else if (!logged.equals(param.value())) {
                throw PlatformException.invalid("Changing param values is not allowed. Param with key='"
                        + param.key() + "' was already logged with value='" + logged + "' for run ID='" + run.id()
                        + "'. Attempted logging new value '" + param.value() + "'.");
            }
        }
        for (KeyValue tag : batch.tags()) {
            setTag(connection, run.id(), tag);
        }
        Sql.batch(connection, "INSERT INTO run_metric (run_id, metric_key, metric_value, logged_ms, step) "
                + "VALUES (?, ?, ?, ?, ?)", batch.metrics().stream()
                .map(m -> new Object[] {run.id(), m.key(), m.value(), m.timestampMillis(), m.step()}).toList());
        Map<String, MetricPoint> newest = new LinkedHashMap<>();
        for (MetricPoint metric : batch.metrics()) {
            newest.merge(metric.key(), metric, (a, b) -> b.supersedes(a) ? b : a);
        }
        for (MetricPoint metric : newest.values()) {
            MetricPoint current = storedLatest(connection, run.id(), metric.key());
            if (current == null || metric.supersedes(current)) {
                writeLatest(connection, run.id(), metric, current != null);
            }
        }
    }

    /** Sets a tag; the run-name tag renames the run too. */
    public void setTag(Connection connection, String runId, KeyValue tag) throws SQLException {
        Sql.upsert(connection, "run_tag", Map.of("run_id", runId, "tag_key", tag.key()), "tag_value", tag.value());
        if (tag.key().equals(RUN_NAME_TAG)) {
            runs.rename(connection, runId, tag.value());
        } else if (tag.key().equals(PARENT_RUN_TAG)) {
            // A value too long to be a run id names no run this store has: the run stays at the top level.
            runs.setParent(connection, runId, tag.value().length() <= MAX_RUN_ID_LENGTH ? tag.value() : null);
        }
    }

    public void deleteTag(Connection connection, String runId, String key) throws SQLException {
        if (Sql.update(connection, "DELETE FROM run_tag WHERE run_id = ? AND tag_key = ?", runId, key) == 0) {
            throw PlatformException.notFound("tag on run " + runId, key);
        }
        if (key.equals(PARENT_RUN_TAG)) {
            runs.setParent(connection, runId, null);
        }
    }

    /**
     * Every value logged for a metric of {@code run}; a metric a training recorded (never logged through the API)
     * has its one recorded value.
     */
    public List<MetricPoint> historyOrRecorded(Connection connection, TrackedRun run, String key) throws SQLException {
        List<MetricPoint> logged = history(connection, run.id(), key);
        return logged.isEmpty()
                ? run.latestMetrics().stream().filter(point -> point.key().equals(key)).toList()
                : logged;
    }

    /** Every value logged for the metric {@code key} of a run, in the order they arrived. */
    public List<MetricPoint> history(Connection connection, String runId, String key) throws SQLException {
        return Sql.list(connection, "SELECT metric_value, logged_ms, step FROM run_metric "
                        + "WHERE run_id = ? AND metric_key = ? ORDER BY id",
                row -> new MetricPoint(key, row.getDouble("metric_value"), row.getLong("logged_ms"),
                        row.getLong("step")), runId, key);
    }

    private static MetricPoint storedLatest(Connection connection, String runId, String key) throws SQLException {
        return Sql.one(connection, "SELECT metric_value, logged_ms, step FROM latest_metric "
                        + "WHERE run_id = ? AND metric_key = ?",
                row -> new MetricPoint(key, row.getDouble("metric_value"), row.getLong("logged_ms"),
                        row.getLong("step")), runId, key).orElse(null);
    }

    private static void writeLatest(Connection connection, String runId, MetricPoint metric, boolean exists)
            throws SQLException {
        if (exists) {
            Sql.update(connection, "UPDATE latest_metric SET metric_value = ?, logged_ms = ?, step = ? "
                    + "WHERE run_id = ? AND metric_key = ?", metric.value(), metric.timestampMillis(), metric.step(),
                    runId, metric.key());
        } else {
            Sql.update(connection, "INSERT INTO latest_metric (run_id, metric_key, metric_value, logged_ms, step) "
                    + "VALUES (?, ?, ?, ?, ?)", runId, metric.key(), metric.value(), metric.timestampMillis(),
                    metric.step());
        }
    }
}

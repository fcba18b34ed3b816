package io.sightline.engine.track;

import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parameters, tags and latest metrics logged row by row for a set of runs, read in three queries. */
final class RunData {
    private final Map<String, Map<String, String>> params = new HashMap<>();
    private final Map<String, Map<String, String>> tags = new HashMap<>();
    private final Map<String, Map<String, MetricPoint>> latest = new HashMap<>();

    private RunData() {
    }

    /** Loads the data of the runs whose ids {@code runIdQuery} selects (with {@code params} bound). */
    static RunData load(Connection connection, String runIdQuery, Object... params) throws SQLException {
        RunData data = new RunData();
        Sql.list(connection, "SELECT run_id, param_key, param_value FROM run_param WHERE run_id IN (" + runIdQuery + ")",
                row -> data.params.computeIfAbsent(row.getString("run_id"), k -> new HashMap<>())
                        .put(row.getString("param_key"), row.getString("param_value")), params);
        Sql.list(connection, "SELECT run_id, tag_key, tag_value FROM run_tag WHERE run_id IN (" + runIdQuery + ")",
                row -> data.tags.computeIfAbsent(row.getString("run_id"), k -> new HashMap<>())
                        .put(row.getString("tag_key"), row.getString("tag_value")), params);
        Sql.list(connection, "SELECT run_id, metric_key, metric_value, logged_ms, step FROM latest_metric "
                        + "WHERE run_id IN (" + runIdQuery + ")",
                row -> data.latest.computeIfAbsent(row.getString("run_id"), k -> new HashMap<>())
                        .put(row.getString("metric_key"), new MetricPoint(row.getString("metric_key"),
                                row.getDouble("metric_value"), row.getLong("logged_ms"), row.getLong("step"))),
                params);
        return data;
    }

    /** A training's recorded parameters with those logged since. */
    Map<String, String> params(String runId, Map<String, String> recorded) {
        Map<String, String> merged = new HashMap<>(recorded == null ? Map.of() : recorded);
        merged.putAll(params.getOrDefault(runId, Map.of()));
        return merged;
    }

    Map<String, String> tags(String runId) {
        return tags.getOrDefault(runId, Map.of());
    }

    /**
     * Each metric's latest point, sorted by key: a training's recorded metrics count as logged once, at step 0
     * when the run was recorded; values logged since take their place.
     */
    List<MetricPoint> latestMetrics(String runId, Map<String, Double> recorded, long recordedAtMillis) {
        Map<String, MetricPoint> merged = new TreeMap<>();
        if (recorded != null) {
            recorded.forEach((key, value) -> merged.put(key, new MetricPoint(key, value, recordedAtMillis, 0)));
        }
        merged.putAll(latest.getOrDefault(runId, Map.of()));
        return new ArrayList<>(merged.values());
    }

    static Map<String, Double> values(List<MetricPoint> points) {
        Map<String, Double> values = new LinkedHashMap<>();
        points.forEach(point -> values.put(point.key(), point.value()));
        return values;
    }
}

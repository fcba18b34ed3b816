package io.sightline.engine.monitor;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Closed traffic buckets in the database: written in batches, read by window, pruned by age. */
final class TrafficStore {
    private static final TypeReference<Map<String, Long>> LABELS = new TypeReference<>() { };
    private static final TypeReference<Map<Decision, Long>> DECISIONS = new TypeReference<>() { };

    /** One bucket of one deployment and model version at one tier. */
    record StoredBucket(String deployment, ModelRef model, TrafficTier tier, Instant start, TrafficAccumulator traffic) {
    }

    void insert(Connection connection, List<StoredBucket> buckets) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO traffic_bucket (deployment, model_name, "
                + "model_version, resolution_seconds, bucket_start, predictions, errors, latency_histogram, labels_json, "
                + "decisions_json, scores_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredBucket bucket : buckets) {
                TrafficAccumulator traffic = bucket.traffic();
                Sql.bind(insert, bucket.deployment(), bucket.model().model(), bucket.model().version(),
                        bucket.tier().seconds(), bucket.start(), traffic.predictions(), traffic.errors(),
                        traffic.encodedLatencies(), Json.write(traffic.labels()), Json.write(traffic.decisions()),
                        traffic.scores() == null ? null : Json.write(traffic.scores().stored()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The buckets of a deployment at {@code tier} that start in {@code [from, to)}, oldest first. */
    List<StoredBucket> read(Connection connection, String deployment, TrafficTier tier, Instant from, Instant to)
            throws SQLException {
        return Sql.list(connection, "SELECT * FROM traffic_bucket WHERE deployment = ? AND resolution_seconds = ? "
                + "AND bucket_start >= ? AND bucket_start < ? ORDER BY bucket_start, id",
                row -> new StoredBucket(row.getString("deployment"),
                        new ModelRef(row.getString("model_name"), row.getInt("model_version")), tier,
                        Sql.instant(row, "bucket_start"),
                        TrafficAccumulator.restore(row.getLong("predictions"), row.getLong("errors"),
                                row.getString("latency_histogram"), Json.read(row.getString("labels_json"), LABELS),
                                Json.read(row.getString("decisions_json"), DECISIONS),
                                ScoreCounts.of(Json.read(row.getString("scores_json"), ScoreCounts.Stored.class)))),
                deployment, tier.seconds(), from, to);
    }

    /** Deletes the buckets of {@code tier} that start before {@code before}; returns how many. */
    int prune(Connection connection, TrafficTier tier, Instant before) throws SQLException {
        return Sql.update(connection, "DELETE FROM traffic_bucket WHERE resolution_seconds = ? AND bucket_start < ?",
                tier.seconds(), before);
    }
}

package io.sightline.engine.monitor;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.Decision;
import io.sightline.engine.store.Database;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The predictions a deployment logged in {@code [from, to)}, oldest first, each with its outcome when one was
 * reported; streamed, so that a month of predictions never sits in memory at once.
 */
final class PredictionWindow {
    private static final TypeReference<Map<String, String>> INPUTS = new TypeReference<>() { };
    private static final int FETCH = 2_000;
    /** The rows of predictions answered: not a shadow's, not a refused request's. */
    static final String ANSWERED = "shadow = FALSE AND failed = FALSE";

    /** A logged prediction; {@code inputs} only when asked for; {@code actualLabel} null without an outcome. */
    record Row(Instant at, Map<String, String> inputs, String output, Decision decision, Double score,
               String actualLabel, double outcomeValue) {
        boolean labelled() {
            return actualLabel != null;
        }
    }

    private final Database database;
    private final String deployment;
    private final Instant from;
    private final Instant to;

    PredictionWindow(Database database, String deployment, TimeSpan span) {
        this.database = database;
        this.deployment = deployment;
        this.from = span.from();
        this.to = span.to();
    }

    long count() {
        return database.read(c -> Sql.one(c, "SELECT COUNT(*) AS n FROM prediction_log WHERE deployment = ? "
                + "AND at >= ? AND at < ? AND " + ANSWERED, row -> row.getLong("n"), deployment, from, to)).orElse(0L);
    }

    /** Hands every row to {@code each}; {@code labelledOnly} skips those without outcomes. */
    void forEach(boolean labelledOnly, boolean withInputs, Consumer<Row> each) {
        String sql = "SELECT p.at, p.output, p.decision, p.score" + (withInputs ? ", p.inputs_json" : "")
                + ", o.actual_label, o.outcome_value FROM prediction_log p "
                + (labelledOnly ? "JOIN" : "LEFT JOIN") + " prediction_outcome o "
                + "ON o.prediction_id = p.prediction_id AND o.deployment = p.deployment "
                + "WHERE p.deployment = ? AND p.at >= ? AND p.at < ? AND p." + ANSWERED + " ORDER BY p.id";
        // in a transaction, so that PostgreSQL streams with a cursor instead of sending every row at once
        database.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setFetchSize(FETCH);
                Sql.bind(query, deployment, from, to);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        each.accept(read(rows, withInputs));
                    }
                }
            }
            return null;
        });
    }

    private static Row read(ResultSet row, boolean withInputs) throws SQLException {
        double score = row.getDouble("score");
        Double nullableScore = row.wasNull() ? null : score;
        String decision = row.getString("decision");
        return new Row(Sql.instant(row, "at"), withInputs ? Json.read(row.getString("inputs_json"), INPUTS) : Map.of(),
                row.getString("output"), decision == null ? Decision.ALLOW : Decision.valueOf(decision), nullableScore,
                row.getString("actual_label"), row.getDouble("outcome_value"));
    }
}

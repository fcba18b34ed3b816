package io.sightline.engine.serve.log;

import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes reported for a block's predictions, for joining them row by row. An id carries the millisecond
 * its prediction was made, so the ids of a block span one key range of {@code prediction_outcome}: one range
 * read per block, no index on the log.
 */
public final class LoggedOutcomes {
    private static final int GROUP = 500;

    /** An outcome as the reports read it. */
    public record Reported(String actualLabel, double value) {
    }

    private final PredictionBlock block;
    private final Map<String, Reported> byId;

    private LoggedOutcomes(PredictionBlock block, Map<String, Reported> byId) {
        this.block = block;
        this.byId = byId;
    }

    /** The outcome reported for row {@code row} of the block; null when none was. */
    public Reported of(int row) {
        return byId.isEmpty() ? null : byId.get(block.predictionId(row));
    }

    /** The outcomes of the deployment for the block's predictions. */
    public static LoggedOutcomes of(Connection connection, String deployment, PredictionBlock block)
            throws SQLException {
        Map<String, Reported> found = new HashMap<>();
        long[] range = block.idMillisRange();
        if (range != null) {
            for (Map.Entry<String, Reported> outcome : read(connection, "deployment = ? AND prediction_id >= ? "
                    + "AND prediction_id < ?", deployment, PredictionIds.prefix(range[0]),
                    PredictionIds.prefix(range[1] + 1))) {
                found.put(outcome.getKey(), outcome.getValue());
            }
        }
        List<String> others = new ArrayList<>(block.otherIds());
        for (int from = 0; from < others.size(); from += GROUP) {
            List<String> group = others.subList(from, Math.min(others.size(), from + GROUP));
            Object[] params = new Object[group.size() + 1];
            params[0] = deployment;
            for (int i = 0; i < group.size(); i++) {
                params[i + 1] = group.get(i);
            }
            for (Map.Entry<String, Reported> outcome : read(connection, "deployment = ? AND prediction_id IN ("
                    + String.join(", ", Collections.nCopies(group.size(), "?")) + ")", params)) {
                found.put(outcome.getKey(), outcome.getValue());
            }
        }
        return new LoggedOutcomes(block, found);
    }

    private static List<Map.Entry<String, Reported>> read(Connection connection, String where, Object... params)
            throws SQLException {
        return Sql.list(connection, "SELECT prediction_id, actual_label, outcome_value FROM prediction_outcome WHERE "
                + where, row -> Map.entry(row.getString("prediction_id"),
                new Reported(row.getString("actual_label"), row.getDouble("outcome_value"))), params);
    }
}

package io.sightline.engine.serve.log;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.serve.PredictionLog.Entry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.wire.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a log kept one row per prediction ({@code prediction_log}, before blocks) into blocks, oldest first, a
 * chunk per transaction: the chunk's blocks are inserted and its rows deleted together, so that a move
 * interrupted by a crash resumes where it stopped, and two nodes opening the same database never move a row
 * twice (the one that deletes fewer rows than it read rolls back).
 */
public final class LegacyRows {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyRows.class);
    private static final TypeReference<Map<String, String>> INPUTS = new TypeReference<>() { };
    private static final int CHUNK = 5_000;

    private LegacyRows() {
    }

    /** Moves every row there is; answers how many. */
    public static long moveToBlocks(Database database) {
        long moved = 0;
        while (true) {
            int chunk;
            try {
                chunk = moveChunk(database);
            } catch (MovedElsewhere e) {
                continue; // rolled back: another engine moved some of these rows; take what is left
            }
            if (chunk == 0) {
                break;
            }
            moved += chunk;
        }
        if (moved > 0) {
            LOG.info("Moved {} logged predictions from rows into blocks", moved);
        }
        return moved;
    }

    private static int moveChunk(Database database) {
        return database.inTransactionRetryingConflicts(c -> {
            List<Row> rows = Sql.list(c, "SELECT * FROM prediction_log ORDER BY id LIMIT " + CHUNK, LegacyRows::read);
            if (rows.isEmpty()) {
                return 0;
            }
            PredictionBlocks.insert(c, rows.stream().map(Row::entry).toList(), null);
            long first = rows.get(0).id();
            long last = rows.get(rows.size() - 1).id();
            int deleted = Sql.update(c, "DELETE FROM prediction_log WHERE id >= ? AND id <= ?", first, last);
            if (deleted != rows.size()) {
                throw new MovedElsewhere();
            }
            return rows.size();
        });
    }

    /** Another engine deleted rows of the chunk first. */
    private static final class MovedElsewhere extends RuntimeException {
        MovedElsewhere() {
            super(null, null, false, false);
        }
    }

    private record Row(long id, Entry entry) {
    }

    private static Row read(ResultSet row) throws SQLException {
        ModelRef model = new ModelRef(row.getString("model_name"), row.getInt("model_version"));
        Instant at = Sql.instant(row, "at");
        double latency = row.getDouble("latency_us");
        String arm = row.getString("arm");
        String policyName = row.getString("policy_kind");
        PolicyKind policy = policyName == null ? null : PolicyKind.valueOf(policyName);
        boolean shadow = row.getBoolean("shadow");
        String deployment = row.getString("deployment");
        if (row.getBoolean("failed")) {
            return new Row(row.getLong("id"), Entry.failed(deployment, model, at, latency, arm, policy, shadow));
        }
        double confidence = row.getDouble("confidence");
        confidence = row.wasNull() ? Double.NaN : confidence;
        double score = row.getDouble("score");
        Double nullableScore = row.wasNull() ? null : score;
        String decision = row.getString("decision");
        return new Row(row.getLong("id"), new Entry(deployment, model, at, Json.read(row.getString("inputs_json"), INPUTS),
                row.getString("output"), null, confidence, latency, row.getString("prediction_id"), nullableScore,
                decision == null ? null : Decision.valueOf(decision), row.getString("strategy"), arm, policy, shadow));
    }
}

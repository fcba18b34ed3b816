package io.sightline.engine.serve.log;

import io.sightline.engine.serve.PredictionLog.Entry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prediction log's blocks in the database ({@code prediction_block}): written a batch at a time, found by
 * deployment and time span through their index rows without being opened, and pruned whole. SQL that H2 and
 * PostgreSQL both run.
 */
public final class PredictionBlocks {
    /** Blocks fetched at a time when streaming: each may hold thousands of predictions. */
    private static final int FETCH = 4;
    private static final String INSERT = "INSERT INTO prediction_block (deployment, first_at, last_at, row_count, "
            + "answered, bytes, written_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** The blocks of a deployment that may hold predictions of a span {@code [from, to)}. */
    private static final String SPAN = "deployment = ? AND last_at >= ? AND first_at < ?";

    private final Database database;

    public PredictionBlocks(Database database) {
        this.database = database;
    }

    /** Sees the blocks a reader asked for, on the reader's connection; answers false to stop. */
    @FunctionalInterface
    public interface BlockVisitor {
        boolean visit(Connection connection, PredictionBlock block) throws SQLException;
    }

    /** Sees one prediction of a span: its block, its row there, and the outcomes reported for the block. */
    @FunctionalInterface
    public interface RowVisitor {
        void visit(PredictionBlock block, int row, LoggedOutcomes outcomes);
    }

    /** How much the log holds. */
    public record Footprint(long blocks, long predictions, long bytes) {
    }

    /**
     * Encodes {@code batch} as blocks (one or more per deployment, in the order logged) and inserts them on
     * {@code connection}, in the caller's transaction; written at {@code now}, or when null (predictions logged
     * before blocks), at the time of each block's newest prediction, so that they age as they would have.
     */
    public static void insert(Connection connection, List<Entry> batch, Instant now) throws SQLException {
        Map<String, List<Entry>> byDeployment = new LinkedHashMap<>();
        for (Entry entry : batch) {
            byDeployment.computeIfAbsent(entry.deployment(), d -> new ArrayList<>()).add(entry);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, List<Entry>> deployment : byDeployment.entrySet()) {
                List<Entry> entries = deployment.getValue();
                for (int from = 0; from < entries.size(); from += PredictionBlock.MAX_ROWS) {
                    PredictionBlock.Encoded block = PredictionBlock.encode(
                            entries.subList(from, Math.min(entries.size(), from + PredictionBlock.MAX_ROWS)));
                    Sql.bind(insert, deployment.getKey(), block.firstAt(), block.lastAt(), block.rows(),
                            block.answered(), block.payload().length, now == null ? block.lastAt() : now, block.payload());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Hands {@code visitor} every block of the deployment that may hold predictions made in {@code [from, to)},
     * oldest first or newest first, decoded one at a time: a reader filters the rows by time itself.
     */
    public void forEach(String deployment, Instant from, Instant to, boolean newestFirst, BlockVisitor visitor) {
        stream(SPAN + " ORDER BY id" + (newestFirst ? " DESC" : ""), visitor, deployment, from, to);
    }

    /**
     * Hands {@code visitor} every prediction of the deployment made in {@code [from, to)}, answered or not, oldest
     * block first, with the outcomes reported for its block.
     */
    public void forEachRow(String deployment, Instant from, Instant to, RowVisitor visitor) {
        long fromMicros = micros(from);
        long toMicros = micros(to);
        forEach(deployment, from, to, false, (c, block) -> {
            LoggedOutcomes outcomes = LoggedOutcomes.of(c, deployment, block);
            for (int i = 0; i < block.size(); i++) {
                long at = block.atMicros(i);
                if (at >= fromMicros && at < toMicros) {
                    visitor.visit(block, i, outcomes);
                }
            }
            return true;
        });
    }

    /** Hands {@code visitor} the deployment's blocks, newest first, until it answers false. */
    public void forEachNewest(String deployment, BlockVisitor visitor) {
        stream("deployment = ? ORDER BY id DESC", visitor, deployment);
    }

    /**
     * How many answered predictions of the deployment were made in {@code [from, to)}: blocks wholly inside the
     * span are counted from their index rows, only those across its ends are opened.
     */
    public long countAnswered(String deployment, Instant from, Instant to) {
        long inside = database.read(c -> Sql.one(c, "SELECT COALESCE(SUM(answered), 0) AS n FROM prediction_block "
                + "WHERE deployment = ? AND first_at >= ? AND last_at < ?", row -> row.getLong("n"),
                deployment, from, to)).orElse(0L);
        long[] across = {0};
        long fromMicros = micros(from);
        long toMicros = micros(to);
        stream(SPAN + " AND (first_at < ? OR last_at >= ?)", (c, block) -> {
            for (int i = 0; i < block.size(); i++) {
                long at = block.atMicros(i);
                if (block.answered(i) && at >= fromMicros && at < toMicros) {
                    across[0]++;
                }
            }
            return true;
        }, deployment, from, to, from, to);
        return inside + across[0];
    }

    /** Decodes the blocks {@code where} picks, one at a time, for {@code visitor}. */
    private void stream(String where, BlockVisitor visitor, Object... params) {
        // in a transaction, so that PostgreSQL streams with a cursor instead of sending every block at once
        database.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT id, payload FROM prediction_block WHERE "
                    + where)) {
                query.setFetchSize(FETCH);
                Sql.bind(query, params);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (!visitor.visit(c, PredictionBlock.decode(rows.getLong("id"), rows.getBytes("payload")))) {
                            break;
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The microseconds since the epoch of an instant, as blocks keep times. */
    public static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    public Footprint footprint() {
        return database.read(c -> Sql.one(c, "SELECT COUNT(*) AS blocks, COALESCE(SUM(row_count), 0) AS predictions, "
                + "COALESCE(SUM(bytes), 0) AS bytes FROM prediction_block", row -> new Footprint(row.getLong("blocks"),
                row.getLong("predictions"), row.getLong("bytes")))).orElseThrow();
    }

    /**
     * Deletes whole blocks: those written longer than {@code maxAge} ago (none when null), then, for
     * each deployment whose blocks take more than {@code maxBytesPerDeployment}, its oldest blocks until they do
     * not. Answers how many blocks were deleted.
     */
    public int prune(Duration maxAge, long maxBytesPerDeployment, Instant now) {
        return database.inTransaction(c -> {
            int deleted = maxAge == null ? 0
                    : Sql.update(c, "DELETE FROM prediction_block WHERE written_at < ?", now.minus(maxAge));
            List<String> over = Sql.list(c, "SELECT deployment FROM prediction_block GROUP BY deployment "
                    + "HAVING SUM(bytes) > ?", row -> row.getString("deployment"), maxBytesPerDeployment);
            for (String deployment : over) {
                Long oldestKept = null;
                long kept = 0;
                try (PreparedStatement query = c.prepareStatement("SELECT id, bytes FROM prediction_block "
                        + "WHERE deployment = ? ORDER BY id DESC")) {
                    Sql.bind(query, deployment);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next() && kept + rows.getLong("bytes") <= maxBytesPerDeployment) {
                            kept += rows.getLong("bytes");
                            oldestKept = rows.getLong("id");
                        }
                    }
                }
                deleted += oldestKept == null
                        ? Sql.update(c, "DELETE FROM prediction_block WHERE deployment = ?", deployment)
                        : Sql.update(c, "DELETE FROM prediction_block WHERE deployment = ? AND id < ?", deployment,
                                oldestKept);
            }
            return deleted;
        });
    }
}

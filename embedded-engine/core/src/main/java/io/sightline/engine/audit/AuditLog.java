package io.sightline.engine.audit;

import io.sightline.engine.api.Audit;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in the database: appends hash-chained entries, reads them with filters and checks the chain.
 * Appends lock the chain's head row for the length of their transaction, so that every engine on one database
 * (the nodes of a cluster) adds to one chain, one entry after another.
 */
public final class AuditLog implements Audit {
    /** How many rows a check reads at a time. */
    private static final int VERIFY_BATCH = 1_000;
    private static final String COLUMNS = "sequence_no, recorded_at, actor, origin, action, subject, before_state,"
            + " after_state, previous_hash, hash";

    private final Database database;
    private final InstantSource clock;

    public AuditLog(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Appends one change as the next entry of the chain; {@code before} and {@code after} are JSON. */
    public AuditEntry append(AuditContext.Caller caller, String action, String subject, String before, String after) {
        String actor = clip(caller.actor(), 255);
        String origin = clip(caller.origin(), 255);
        String clippedAction = clip(action, 64);
        String clippedSubject = clip(subject, 1000);
        return database.inTransaction(connection -> {
            Head head = Sql.one(connection, "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                    row -> new Head(row.getLong("last_sequence"), row.getString("last_hash")))
                    .orElseThrow(() -> new IllegalStateException("The audit log has no chain head: was V13 applied?"));
            long sequence = head.sequence() + 1;
            // stored to the millisecond on every database, so the hash reads back as it was written
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String hash = AuditChain.hash(sequence, at, actor, origin, clippedAction, clippedSubject, before, after,
                    head.hash());
            Sql.update(connection, "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sequence, at, actor, origin, clippedAction, clippedSubject, before, after, head.hash(), hash);
            Sql.update(connection, "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1",
                    sequence, hash);
            return new AuditEntry(sequence, at, actor, origin, clippedAction, clippedSubject, before, after,
                    head.hash(), hash);
        });
    }

    @Override
    public List<AuditEntry> auditEntries(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("recorded_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            conditions.add("recorded_at < ?");
            params.add(query.to());
        }
        if (query.actor() != null) {
            conditions.add("actor = ?");
            params.add(query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = ?");
            params.add(query.action());
        }
        if (query.subject() != null) {
            conditions.add("LOWER(subject) LIKE ? ESCAPE '\\'");
            params.add("%" + likeLiteral(query.subject().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        params.add(query.limit());
        params.add(query.offset());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return database.read(connection -> Sql.list(connection, "SELECT " + COLUMNS + " FROM audit_entry" + where
                + " ORDER BY sequence_no DESC LIMIT ? OFFSET ?", AuditLog::entry, params.toArray()));
    }

    @Override
    public AuditVerification verifyAudit() {
        return database.read(connection -> {
            Head head = Sql.one(connection, "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1",
                    row -> new Head(row.getLong("last_sequence"), row.getString("last_hash"))).orElseThrow();
            long checked = 0;
            String previousHash = AuditChain.GENESIS;
            List<AuditEntry> batch = batchAfter(connection, 0);
            while (!batch.isEmpty()) {
                for (AuditEntry entry : batch) {
                    long expected = checked + 1;
                    if (entry.sequence() != expected) {
                        return AuditVerification.broken(checked, expected, "it is missing — after entry "
                                + checked + " comes entry " + entry.sequence() + ", so the rows between were deleted.");
                    }
                    if (!entry.previousHash().equals(previousHash)) {
                        return AuditVerification.broken(checked, expected, "it does not follow entry " + checked
                                + " — the hash it records for the entry before is not that entry's hash.");
                    }
                    if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                        return AuditVerification.broken(checked, expected, "its content was changed after it was"
                                + " written — it no longer matches its hash.");
                    }
                    previousHash = entry.hash();
                    checked = expected;
                }
                batch = batchAfter(connection, checked);
            }
            if (head.sequence() > checked) {
                return AuditVerification.broken(checked, checked + 1, "it is missing — the log ends at entry "
                        + checked + " but " + head.sequence() + " entries were written, so the last were deleted.");
            }
            if (head.sequence() != checked || !head.hash().equals(previousHash)) {
                return AuditVerification.broken(checked, checked, "the chain's recorded end (entry " + head.sequence()
                        + ") does not match the last entry in the log.");
            }
            return AuditVerification.intact(checked);
        });
    }

    private static List<AuditEntry> batchAfter(Connection connection, long sequence) throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM audit_entry WHERE sequence_no > ?"
                + " ORDER BY sequence_no LIMIT ?", AuditLog::entry, sequence, VERIFY_BATCH);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("sequence_no"), Sql.instant(row, "recorded_at"), row.getString("actor"),
                row.getString("origin"), row.getString("action"), row.getString("subject"),
                row.getString("before_state"), row.getString("after_state"), row.getString("previous_hash"),
                row.getString("hash"));
    }

    /** {@code text} with the characters LIKE treats as patterns taken literally. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private record Head(long sequence, String hash) {
    }
}

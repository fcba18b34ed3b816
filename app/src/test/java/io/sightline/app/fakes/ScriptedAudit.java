package io.sightline.app.fakes;

import io.sightline.engine.api.Audit;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit log in memory that answers queries as the engine does (filters, newest first, paging). */
public final class ScriptedAudit implements Audit {
    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    public final List<AuditQuery> queries = new CopyOnWriteArrayList<>();
    public volatile AuditVerification verification = AuditVerification.intact(0);

    /** Appends an entry made at {@code at}; the hashes are placeholders. */
    public AuditEntry add(Instant at, String actor, String action, String subject) {
        AuditEntry entry = new AuditEntry(entries.size() + 1, at, actor, "embedded", action, subject, "null",
                "{\"version\":2}", "0".repeat(64), Integer.toHexString(entries.size() + 1).repeat(8));
        entries.add(entry);
        return entry;
    }

    @Override
    public List<AuditEntry> auditEntries(AuditQuery query) {
        queries.add(query);
        List<AuditEntry> found = new ArrayList<>(entries.stream()
                .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
                .filter(e -> query.to() == null || e.at().isBefore(query.to()))
                .filter(e -> query.actor() == null || e.actor().equals(query.actor()))
                .filter(e -> query.action() == null || e.action().equals(query.action()))
                .filter(e -> query.subject() == null || e.subject().toLowerCase(Locale.ROOT)
                        .contains(query.subject().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                .toList());
        int from = Math.min(query.offset(), found.size());
        return List.copyOf(found.subList(from, Math.min(found.size(), from + query.limit())));
    }

    @Override
    public AuditVerification verifyAudit() {
        return verification;
    }
}

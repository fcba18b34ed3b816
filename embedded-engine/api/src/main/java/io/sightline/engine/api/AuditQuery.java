package io.sightline.engine.api;

import java.time.Instant;

/**
 * Which audit entries to read: those made from {@code from} (inclusive) until {@code to} (exclusive), by
 * {@code actor}, of {@code action}, whose subject contains {@code subject} (any case) — each filter left null
 * selects everything — newest first, {@code limit} of them after skipping {@code offset}.
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, String subject, int offset,
                         int limit) {
    /** The most entries one query reads. */
    public static final int MAX_LIMIT = 1_000;
    /** How many entries a query reads when not told. */
    public static final int DEFAULT_LIMIT = 100;

    public AuditQuery {
        if (offset < 0) {
            throw PlatformException.invalid("Skip no entries or more (got " + offset + ").");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PlatformException.invalid("Read from 1 to " + MAX_LIMIT + " audit entries at a time (got " + limit + ").");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw PlatformException.invalid("The period must start before it ends.");
        }
        actor = blankToNull(actor);
        action = blankToNull(action);
        subject = blankToNull(subject);
    }

    /** The newest {@code limit} entries, unfiltered. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, 0, limit);
    }

    /** This query for the period from {@code from} until {@code to} (either null for open). */
    public AuditQuery during(Instant from, Instant to) {
        return new AuditQuery(from, to, actor, action, subject, offset, limit);
    }

    /** This query for the entries of {@code actor}, {@code action} and {@code subject} (each null for any). */
    public AuditQuery matching(String actor, String action, String subject) {
        return new AuditQuery(from, to, actor, action, subject, offset, limit);
    }

    /** The page after this one. */
    public AuditQuery next() {
        return new AuditQuery(from, to, actor, action, subject, offset + limit, limit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

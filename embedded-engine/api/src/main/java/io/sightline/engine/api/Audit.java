package io.sightline.engine.api;

import java.util.List;

/**
 * The audit log: every change made to the platform — who, when, from where, what, and the state before and
 * after — kept as a hash chain, so that a row edited or deleted afterwards is found. Reading the log and checking
 * the chain change nothing.
 */
public interface Audit {

    /** The entries the query selects, newest first: at most {@code query.limit()}, after skipping {@code query.offset()}. */
    List<AuditEntry> auditEntries(AuditQuery query);

    /** Checks the whole chain from its first row: intact, or the first row that is broken and why. */
    AuditVerification verifyAudit();
}

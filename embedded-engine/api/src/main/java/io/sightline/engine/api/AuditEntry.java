package io.sightline.engine.api;

import java.time.Instant;

/**
 * One recorded change: its place in the chain ({@code sequence}, from 1 without gaps), when it was made, by whom
 * ({@code actor}) and from where ({@code origin}: "embedded" in this process, else the client's address), what
 * ({@code action} on {@code subject}, e.g. "deploy" on "fraud-live model fraud v3"), the relevant state before and
 * after as small JSON objects ("null" where there was none), and the chain's hashes: {@code hash} is SHA-256 over
 * this entry's content and {@code previousHash}, the hash of the entry before.
 */
public record AuditEntry(long sequence, Instant at, String actor, String origin, String action, String subject,
                         String before, String after, String previousHash, String hash) {

    /** The change in a few words, e.g. "ana deployed: fraud-live model fraud v3". */
    public String summary() {
        return actor + " " + action + ": " + subject;
    }
}

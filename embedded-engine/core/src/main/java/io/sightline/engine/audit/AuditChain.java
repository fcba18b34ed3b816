package io.sightline.engine.audit;

import io.sightline.engine.api.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an audit entry is hashed: SHA-256 over its canonical content followed by the previous entry's hash. The
 * canonical content writes each field with its length before it, so that no two different entries (a character
 * moved from the actor to the action) can read the same.
 */
public final class AuditChain {
    /** The hash the first entry follows. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash {@code entry} must carry, whatever its {@code hash} field says. */
    public static String hashOf(AuditEntry entry) {
        return hash(entry.sequence(), entry.at(), entry.actor(), entry.origin(), entry.action(), entry.subject(),
                entry.before(), entry.after(), entry.previousHash());
    }

    static String hash(long sequence, Instant at, String actor, String origin, String action, String subject,
                       String before, String after, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(sequence), at.toString(), actor, origin, action, subject,
                before, after}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        canonical.append(previousHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

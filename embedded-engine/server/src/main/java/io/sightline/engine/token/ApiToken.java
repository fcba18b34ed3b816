package io.sightline.engine.token;

import java.time.Instant;

/** A token as it is kept: its id, whose it is, when it was made, last used and revoked (null when not). */
public record ApiToken(String id, String user, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}

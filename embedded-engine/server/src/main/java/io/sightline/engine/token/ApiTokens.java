package io.sightline.engine.token;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users' bearer tokens: 256 random bits, shown once when made; the database keeps only their SHA-256, so a
 * copy of the database does not give access. Checking a token is one indexed lookup of its hash.
 */
public final class ApiTokens {
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final String PREFIX = "sl_";

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(Database database) {
        this.database = database;
    }

    /** Makes a new token for {@code user}; the returned secret is not kept anywhere. */
    public IssuedToken create(String user) {
        if (user == null || !USER_NAME.matcher(user).matches()) {
            throw PlatformException.invalid("A user name is 1 to 128 letters, digits, dots, dashes, underscores or @, "
                    + "starting with a letter or digit (got '" + user + "').");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        ApiToken token = new ApiToken(Ids.newId("tok"), user, Timestamps.now(), null, null);
        database.inTransaction(c -> Sql.update(c,
                "INSERT INTO api_token (id, user_name, token_sha256, created_at) VALUES (?, ?, ?, ?)",
                token.id(), token.user(), hash(secret), token.createdAt()));
        return new IssuedToken(token, secret);
    }

    /** The user a presented token belongs to, if it is known and not revoked. */
    public Optional<String> userOf(String secret) {
        return verify(secret).map(ApiToken::user);
    }

    /** The token presented, if it is known and not revoked; its use is recorded. */
    public Optional<ApiToken> verify(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<ApiToken> token = database.read(c -> Sql.one(c,
                "SELECT * FROM api_token WHERE token_sha256 = ?", ApiTokens::read, hash));
        token.filter(ApiToken::active).ifPresent(this::touch);
        return token.filter(ApiToken::active);
    }

    /**
     * How many tokens have ever been revoked. A revocation is never undone, so the count changes exactly when
     * a token was revoked since it was last read: by any process or node on this database.
     */
    public long revokedCount() {
        return database.read(c -> Sql.one(c, "SELECT COUNT(*) FROM api_token WHERE revoked_at IS NOT NULL",
                row -> row.getLong(1))).orElse(0L);
    }

    /** Every token, newest first, revoked ones included. */
    public List<ApiToken> list() {
        return database.read(c -> Sql.list(c, "SELECT * FROM api_token ORDER BY created_at DESC, id", ApiTokens::read));
    }

    /** Revokes a token by its id; revoking it again changes nothing. */
    public ApiToken revoke(String id) {
        return database.inTransaction(c -> {
            ApiToken token = Sql.one(c, "SELECT * FROM api_token WHERE id = ?", ApiTokens::read, id)
                    .orElseThrow(() -> PlatformException.notFound("token", id));
            if (token.active()) {
                Sql.update(c, "UPDATE api_token SET revoked_at = ? WHERE id = ?", Timestamps.now(), id);
            }
            return Sql.one(c, "SELECT * FROM api_token WHERE id = ?", ApiTokens::read, id).orElseThrow();
        });
    }

    /** Records the last use at most once a minute per token, so that checking stays a read. */
    private void touch(ApiToken token) {
        var now = Timestamps.now();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
            database.read(c -> Sql.update(c, "UPDATE api_token SET last_used_at = ? WHERE id = ?", now, token.id()));
        }
    }

    private static String hash(String secret) {
        return ArtifactStore.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiToken read(ResultSet row) throws SQLException {
        return new ApiToken(row.getString("id"), row.getString("user_name"), Sql.instant(row, "created_at"),
                Sql.instant(row, "last_used_at"), Sql.instant(row, "revoked_at"));
    }
}

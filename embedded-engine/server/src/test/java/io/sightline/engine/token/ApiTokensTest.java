package io.sightline.engine.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.TestPostgres;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens on H2, and on PostgreSQL when {@code SIGHTLINE_TEST_POSTGRES_URL} names one (the same migration). */
class ApiTokensTest {

    @TempDir
    Path directory;

    @Test
    void tokensAreKeptHashedAndStopWorkingWhenRevokedOnH2() {
        try (Database database = Database.h2File(directory)) {
            checkTokens(database);
        }
    }

    @Test
    void tokensWorkTheSameOnPostgres() {
        String url = System.getenv("SIGHTLINE_TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "no PostgreSQL named by SIGHTLINE_TEST_POSTGRES_URL");
        try (Database database = Database.open(TestPostgres.freshSchemaUrl("tokens"), TestPostgres.user(),
                TestPostgres.password())) {
            checkTokens(database);
        }
    }

    private static void checkTokens(Database database) {
        ApiTokens tokens = new ApiTokens(database);
        IssuedToken alice = tokens.create("alice");
        IssuedToken bob = tokens.create("bob@example.com");
        assertThat(alice.secret()).startsWith("sl_").hasSize(46).isNotEqualTo(bob.secret());
        assertThat(alice.toString()).doesNotContain(alice.secret());
        assertThat(tokens.userOf(alice.secret())).contains("alice");
        assertThat(tokens.userOf(bob.secret())).contains("bob@example.com");
        assertThat(tokens.userOf(alice.secret() + "x")).isEmpty();
        assertThat(tokens.userOf("not even the shape")).isEmpty();

        List<String> stored = database.read(c -> Sql.list(c, "SELECT token_sha256 FROM api_token", row -> row.getString(1)));
        assertThat(stored).hasSize(2).doesNotContain(alice.secret(), bob.secret()).allMatch(h -> h.length() == 64);
        assertThat(tokens.list()).extracting(ApiToken::user).containsExactlyInAnyOrder("alice", "bob@example.com");
        assertThat(tokens.list()).filteredOn(t -> t.user().equals("alice")).first()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        ApiToken revoked = tokens.revoke(alice.token().id());
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(tokens.revoke(alice.token().id()).revokedAt()).isEqualTo(revoked.revokedAt());
        assertThat(tokens.userOf(alice.secret())).isEmpty();
        assertThat(tokens.userOf(bob.secret())).contains("bob@example.com");
        assertThatThrownBy(() -> tokens.revoke("tok_none")).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> tokens.create("")).isInstanceOf(PlatformException.class).hasMessageContaining("user name");
    }
}

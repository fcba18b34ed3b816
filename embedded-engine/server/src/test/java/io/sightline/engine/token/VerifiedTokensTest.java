package io.sightline.engine.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Verified tokens held in memory: refused at once when revoked here, soon when revoked by anyone else. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class VerifiedTokensTest {

    @TempDir
    Path directory;

    @Test
    void aTokenVerifiedOnceIsAcceptedWithoutTheDatabase() {
        Database database = Database.h2File(directory);
        ApiTokens tokens = new ApiTokens(database);
        IssuedToken alice = tokens.create("alice");
        try (VerifiedTokens verified = new VerifiedTokens(tokens)) {
            assertThat(verified.userOf(alice.secret())).contains("alice");

            database.close();

            assertThat(verified.userOf(alice.secret())).contains("alice");
            assertThat(verified.size()).isEqualTo(1);
        }
    }

    @Test
    void unknownAndAlteredTokensAreRefusedAndNotKept() {
        try (Database database = Database.h2File(directory);
             VerifiedTokens verified = new VerifiedTokens(new ApiTokens(database))) {
            IssuedToken alice = new ApiTokens(database).create("alice");
            assertThat(verified.userOf(alice.secret())).contains("alice");

            assertThat(verified.userOf(alice.secret() + "x")).isEmpty();
            assertThat(verified.userOf(alice.secret().substring(0, 45) + "!")).isEmpty();
            assertThat(verified.userOf("not even the shape")).isEmpty();
            assertThat(verified.userOf(null)).isEmpty();
            assertThat(verified.size()).isEqualTo(1);
        }
    }

    @Test
    void aTokenRevokedHereIsRefusedAtOnceAndOthersStillWork() {
        try (Database database = Database.h2File(directory);
             VerifiedTokens verified = new VerifiedTokens(new ApiTokens(database))) {
            ApiTokens tokens = new ApiTokens(database);
            IssuedToken alice = tokens.create("alice");
            IssuedToken bob = tokens.create("bob");
            assertThat(verified.userOf(alice.secret())).contains("alice");
            assertThat(verified.userOf(bob.secret())).contains("bob");

            verified.revoke(alice.token().id());

            assertThat(verified.userOf(alice.secret())).isEmpty();
            assertThat(verified.userOf(bob.secret())).contains("bob");
        }
    }

    @Test
    void aTokenRevokedByAnotherProcessIsRefusedWithinTheCheckInterval() throws InterruptedException {
        try (Database database = Database.h2File(directory);
             Database commandLine = Database.h2File(directory);
             VerifiedTokens verified = new VerifiedTokens(new ApiTokens(database))) {
            IssuedToken alice = new ApiTokens(commandLine).create("alice");
            assertThat(verified.userOf(alice.secret())).contains("alice");

            new ApiTokens(commandLine).revoke(alice.token().id());

            assertThat(refusedWithin(verified, alice.secret(), Duration.ofSeconds(20))).isTrue();
        }
    }

    @Test
    void theHeldTokensStayWithinTheirBound() {
        try (Database database = Database.h2File(directory);
             VerifiedTokens verified = new VerifiedTokens(new ApiTokens(database), Duration.ofSeconds(1),
                     Duration.ofMinutes(1), 2)) {
            ApiTokens tokens = new ApiTokens(database);
            for (String user : new String[] {"a", "b", "c", "d"}) {
                assertThat(verified.userOf(tokens.create(user).secret())).contains(user);
            }
            assertThat(verified.size()).isLessThanOrEqualTo(2);
        }
    }

    /** Asks until the token is refused or {@code limit} has passed; whether it was refused. */
    static boolean refusedWithin(VerifiedTokens verified, String secret, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Optional<String> user = verified.userOf(secret);
        while (user.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            user = verified.userOf(secret);
        }
        return user.isEmpty();
    }
}

package io.sightline.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.token.IssuedToken;
import io.sightline.engine.token.VerifiedTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers, each the node of a cluster on one shared database with its own verified-token cache: a token
 * revoked through one is refused by that one at once and by the other within a bounded wait.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class TokenRevocationOnClusterTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private PlatformServer serverA;
    private PlatformServer serverB;

    @AfterEach
    void stop() {
        if (serverA != null) {
            serverA.stop();
        }
        if (serverB != null) {
            serverB.stop();
        }
    }

    private record Node(PlatformServer server, VerifiedTokens tokens) {
    }

    private Node node(String id, String url) {
        Database database = Database.open(url, "sa", "");
        VerifiedTokens tokens = new VerifiedTokens(new ApiTokens(database));
        LocalPlatform platform = LocalPlatform.open(directory.resolve(id), database,
                NodeOptions.cluster(id).withPollInterval(Duration.ofMillis(200)));
        return new Node(PlatformServer.builder(platform, tokens).settings(ServerSettings.loopback()).build().start(),
                tokens);
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedThereAtOnceAndOnTheOtherSoonAfter() throws InterruptedException {
        String url = "jdbc:h2:file:" + directory.resolve("shared").toAbsolutePath();
        Node a = node("node-a", url);
        serverA = a.server();
        Node b = node("node-b", url);
        serverB = b.server();
        IssuedToken alice;
        try (Database admin = Database.open(url, "sa", "")) {
            alice = new ApiTokens(admin).create("alice");
        }
        HttpCalls onA = new HttpCalls(serverA.url().toString(), alice.secret());
        HttpCalls onB = new HttpCalls(serverB.url().toString(), alice.secret());
        assertThat(onA.get("/api/v1/datasets").statusCode()).isEqualTo(200);
        assertThat(onB.get("/api/v1/datasets").statusCode()).isEqualTo(200);

        a.tokens().revoke(alice.token().id());

        assertThat(onA.get("/api/v1/datasets").statusCode()).isEqualTo(401);
        assertThat(statusWithin(onB, 401, BOUND)).isEqualTo(401);
        assertThat(onA.get("/api/v1/datasets").statusCode()).isEqualTo(401);
    }

    /** Asks until the answer is {@code status} or {@code limit} has passed; the last status answered. */
    private static int statusWithin(HttpCalls calls, int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int answered = calls.get("/api/v1/datasets").statusCode();
        while (answered != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answered = calls.get("/api/v1/datasets").statusCode();
        }
        return answered;
    }
}

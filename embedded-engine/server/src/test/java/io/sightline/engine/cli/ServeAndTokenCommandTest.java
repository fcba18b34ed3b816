package io.sightline.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.token.VerifiedTokens;
import io.sightline.engine.server.PlatformServer;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeAndTokenCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SightlineCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void serveAndTokenHaveHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "token");
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--bind", "--data-dir", "--db", "--db-user", "--db-password-env",
                "--keystore", "--keystore-password-env", "--heartbeat-seconds");
        assertThat(run("token", "--help")).isZero();
        assertThat(out.toString()).contains("create", "list", "revoke");
        for (String sub : List.of("create", "list", "revoke")) {
            assertThat(run("token", sub, "--help")).as(sub).isZero();
        }
        assertThat(out.toString()).contains("ID");
    }

    @Test
    void aCreatedTokenOpensTheServerUntilItIsRevoked() throws Exception {
        String dataDir = directory.resolve("data").toString();
        assertThat(run("--data-dir", dataDir, "token", "create", "--user", "admin")).as(err.toString()).isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith("sl_").hasSizeGreaterThan(40);
        assertThat(err.toString()).contains("not shown again");

        assertThat(run("--data-dir", dataDir, "token", "list")).isZero();
        assertThat(out.toString()).contains("admin").doesNotContain(token);
        String id = out.toString().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        Database database = Database.h2File(Path.of(dataDir));
        ApiTokens tokens = new ApiTokens(database);
        List<String> stored = database.read(c -> Sql.list(c, "SELECT token_sha256 FROM api_token", row -> row.getString(1)));
        assertThat(stored).hasSize(1).doesNotContain(token);
        PlatformServer server = PlatformServer.builder(LocalPlatform.open(Path.of(dataDir), database),
                        new VerifiedTokens(tokens))
                .settings(ServerSettings.loopback()).build().start();
        try {
            assertThat(call(server, token)).isEqualTo(200);
            assertThat(call(server, token + "x")).isEqualTo(401);
            assertThat(run("--data-dir", dataDir, "token", "revoke", id)).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Revoked " + id);
            // the command line is another process to the server: it hears of the revocation within a second
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int status = call(server, token);
            while (status != 401 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                status = call(server, token);
            }
            assertThat(status).isEqualTo(401);
        } finally {
            server.stop();
        }
        assertThat(run("--data-dir", dataDir, "token", "revoke", "tok_nope")).isEqualTo(1);
        assertThat(err.toString()).contains("tok_nope");
    }

    @Test
    void badServeOptionsArePlainErrors() {
        assertThat(run("--data-dir", directory.toString(), "serve", "--port", "70000")).isEqualTo(1);
        assertThat(err.toString()).contains("0 to 65535");
        assertThat(run("--data-dir", directory.toString(), "serve", "--keystore", "k.p12", "--keystore-password-env",
                "SIGHTLINE_NO_SUCH_VARIABLE")).isEqualTo(1);
        assertThat(err.toString()).contains("SIGHTLINE_NO_SUCH_VARIABLE", "is not set");
        assertThat(run("--data-dir", directory.toString(), "token", "create", "--user", "no spaces")).isEqualTo(1);
        assertThat(err.toString()).contains("user name");
    }

    private static int call(PlatformServer server, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/datasets"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}

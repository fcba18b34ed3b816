package io.sightline.engine.cli;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.token.ApiToken;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.server.PlatformServer;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.SightlineServer;
import io.sightline.engine.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sightline serve}: the platform as an HTTP server until the process is told to stop (Ctrl+C or
 * SIGTERM), when it stops taking requests, lets those in flight finish and writes out the prediction log.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the platform over HTTP: the API under /api/v1 (described at /api/v1/openapi.json), "
                + "live events, Prometheus /metrics. Every call but the health probes needs a token: make one with "
                + "'sightline token create --user NAME'.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    SightlineCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the certificate and key in this PKCS#12 or JKS key store.")
    Path keyStore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR",
            description = "The environment variable that holds the key store's password.")
    String keyStorePasswordVariable;

    @Option(names = "--heartbeat-seconds", defaultValue = "5",
            description = "Seconds between heartbeats on the event stream (default: ${DEFAULT-VALUE}).")
    int heartbeatSeconds;

    @Option(names = "--stop-timeout-seconds", defaultValue = "20",
            description = "How long a stop waits for requests in flight (default: ${DEFAULT-VALUE}).")
    int stopTimeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = settings();
        Database db = database.open(parent.dataDirectory);
        ApiTokens tokens = new ApiTokens(db);
        if (tokens.list().stream().noneMatch(ApiToken::active)) {
            err.println("No token exists yet, so no client can call this server. Create one with:");
            err.println("  sightline token create --user admin --data-dir " + parent.dataDirectory);
        }
        LocalPlatform platform = LocalPlatform.open(parent.dataDirectory, db);
        PlatformServer server = SightlineServer.builder(platform, tokens::userOf)
                .settings(settings)
                .build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "sightline-shutdown"));
        out.println("Sightline serves " + server.url() + " (data in " + parent.dataDirectory.toAbsolutePath()
                + "). Stop it with Ctrl+C.");
        out.flush();
        stopped.await();
        return 0;
    }

    private ServerSettings settings() {
        if (heartbeatSeconds < 1 || stopTimeoutSeconds < 0) {
            throw PlatformException.invalid("--heartbeat-seconds must be 1 or more and --stop-timeout-seconds 0 or more.");
        }
        ServerSettings.Tls tls = null;
        if (keyStore != null) {
            tls = new ServerSettings.Tls(keyStore,
                    Secrets.fromEnvironment(keyStorePasswordVariable, "--keystore-password-env"));
        }
        try {
            return new ServerSettings(bind, port, tls, Duration.ofSeconds(heartbeatSeconds),
                    Duration.ofSeconds(stopTimeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid(e.getMessage());
        }
    }
}

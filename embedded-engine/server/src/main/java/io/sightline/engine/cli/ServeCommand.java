package io.sightline.engine.cli;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.config.DataConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.config.PredictionLogConfig;
import io.sightline.engine.config.RetrainingConfig;
import io.sightline.engine.config.ServerConfig;
import io.sightline.engine.monitor.drift.DriftSettings;
import io.sightline.engine.token.ApiToken;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.token.VerifiedTokens;
import io.sightline.engine.server.PlatformServer;
import io.sightline.engine.server.RequestLimits;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.SightlineServer;
import io.sightline.engine.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    @Option(names = "--port", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind = ServerConfig.DEFAULT_BIND;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the certificate and key in this PKCS#12 or JKS key store.")
    Path keyStore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR",
            description = "The environment variable that holds the key store's password.")
    String keyStorePasswordVariable;

    @Option(names = "--heartbeat-seconds",
            description = "Seconds between heartbeats on the event stream (default: ${DEFAULT-VALUE}).")
    long heartbeatSeconds = ServerConfig.DEFAULT_HEARTBEAT.toSeconds();

    @Option(names = "--stop-timeout-seconds",
            description = "How long a stop waits for requests in flight (default: ${DEFAULT-VALUE}).")
    long stopTimeoutSeconds = ServerConfig.DEFAULT_STOP_TIMEOUT.toSeconds();

    @Option(names = "--max-upload-mb",
            description = "The largest file a request may upload: a dataset, a model, a CSV to score "
                    + "(default: ${DEFAULT-VALUE}). JSON bodies are limited to 1 MB.")
    long maxUploadMb = ServerConfig.DEFAULT_MAX_UPLOAD_BYTES >> 20;

    @Option(names = "--alert-interval-seconds",
            description = "Seconds between evaluations of the alert rules; 0 for never (default: ${DEFAULT-VALUE}).")
    long alertIntervalSeconds = AlertConfig.DEFAULT_EVALUATION_INTERVAL.toSeconds();

    @Option(names = "--alert-delivery-attempts",
            description = "Tries of each webhook call or e-mail before it counts as failed "
                    + "(default: ${DEFAULT-VALUE}).")
    int alertDeliveryAttempts = AlertConfig.DEFAULT_DELIVERY_ATTEMPTS;

    @Option(names = "--alert-delivery-timeout-seconds",
            description = "How long one webhook call or e-mail may take (default: ${DEFAULT-VALUE}).")
    long alertDeliveryTimeoutSeconds = AlertConfig.DEFAULT_DELIVERY_TIMEOUT.toSeconds();

    @Option(names = "--alert-allowed-hosts", split = ",", paramLabel = "HOST",
            description = "The only hosts alert webhooks and e-mail may go to, e.g. hooks.slack.com,*.example.com "
                    + "(default: any host with a public address; loopback and private addresses only when named here).")
    List<String> alertAllowedHosts = List.of();

    @Option(names = "--secret-key-file", paramLabel = "FILE",
            description = "The key that encrypts the SMTP password in the database, made on first use (default: "
                    + "DATA-DIR.secret-key beside the data folder). Nodes sharing a database need the same file.")
    Path secretKeyFile;

    @Option(names = "--log-flush-millis",
            description = "How long the prediction log waits for more predictions before writing a few "
                    + "(default: ${DEFAULT-VALUE}).")
    long logFlushMillis = PredictionLogConfig.DEFAULT_FLUSH_INTERVAL.toMillis();

    @Option(names = "--log-batch-size",
            description = "The most predictions written in one transaction (default: ${DEFAULT-VALUE}).")
    int logBatchSize = PredictionLogConfig.DEFAULT_BATCH_SIZE;

    @Option(names = "--log-queue-limit",
            description = "How many predictions may wait for the database before more are dropped from the log "
                    + "(default: ${DEFAULT-VALUE}).")
    int logQueueLimit = PredictionLogConfig.DEFAULT_QUEUE_LIMIT;

    @Option(names = "--retrain-window-minutes",
            description = "The least history, in minutes, a retraining started by an alert learns from "
                    + "(default: ${DEFAULT-VALUE}).")
    long retrainWindowMinutes = RetrainingConfig.DEFAULT_SHORTEST_WINDOW.toMinutes();

    @Option(names = "--drift-share",
            description = "The share of drifting columns that makes a dataset drift (default: ${DEFAULT-VALUE}).")
    double driftShare = DriftSettings.defaults().driftShare();

    @Option(names = "--drift-p-value",
            description = "A column drifts below this p-value on small references (default: ${DEFAULT-VALUE}).")
    double driftPValue = DriftSettings.defaults().pValueThreshold();

    @Option(names = "--drift-distance",
            description = "A column drifts at or above this distance on large references (default: ${DEFAULT-VALUE}).")
    double driftDistance = DriftSettings.defaults().distanceThreshold();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineConfig config = config();
        ServerSettings settings = settings(config.server());
        Database db = config.data().openDatabase();
        ApiTokens tokens = new ApiTokens(db);
        if (tokens.list().stream().noneMatch(ApiToken::active)) {
            err.println("No token exists yet, so no client can call this server. Create one with:");
            err.println("  sightline token create --user admin --data-dir " + parent.dataDirectory);
        }
        LocalPlatform platform = LocalPlatform.open(config, db, NodeOptions.defaultFor(db));
        PlatformServer server = SightlineServer.builder(platform, new VerifiedTokens(tokens))
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

    /** The engine's configuration as the flags say; the passwords are read from the environment here. */
    EngineConfig config() {
        RetrainingConfig retraining = RetrainingConfig.defaults();
        DriftSettings drift = DriftSettings.defaults();
        DataConfig data = database.dataConfig(parent.dataDirectory);
        return new EngineConfig(secretKeyFile == null ? data : data.withSecretKeyFile(secretKeyFile),
                PredictionLogConfig.defaults().withQueueLimit(logQueueLimit).withBatchSize(logBatchSize)
                        .withFlushInterval(Duration.ofMillis(logFlushMillis)),
                AlertConfig.defaults().withEvaluationInterval(Duration.ofSeconds(alertIntervalSeconds))
                        .withDelivery(alertDeliveryAttempts, AlertConfig.DEFAULT_FIRST_RETRY_DELAY,
                                Duration.ofSeconds(alertDeliveryTimeoutSeconds))
                        .withAllowedTargets(alertAllowedHosts),
                new RetrainingConfig(Duration.ofMinutes(retrainWindowMinutes), retraining.minRows(),
                        retraining.minRowsPerClass()),
                new DriftSettings(driftShare, driftPValue, driftDistance, drift.smallReferenceRows()),
                new ServerConfig(bind, port, keyStore, keyStorePasswordVariable, Duration.ofSeconds(heartbeatSeconds),
                        Duration.ofSeconds(stopTimeoutSeconds), maxUploadMb << 20));
    }

    private static ServerSettings settings(ServerConfig server) {
        ServerSettings.Tls tls = null;
        if (server.keyStore() != null) {
            tls = new ServerSettings.Tls(server.keyStore(),
                    Secrets.fromEnvironment(server.keyStorePasswordVariable(), "--keystore-password-env"));
        }
        return new ServerSettings(server.bind(), server.port(), tls, server.heartbeat(), server.stopTimeout(),
                RequestLimits.DEFAULT_JSON_BYTES, server.maxUploadBytes());
    }
}

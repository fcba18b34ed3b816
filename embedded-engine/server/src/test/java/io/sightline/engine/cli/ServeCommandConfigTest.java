package io.sightline.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve command's flags become the engine configuration, and no flag means the configuration's default. */
class ServeCommandConfigTest {

    private static EngineConfig parse(String... args) {
        CommandLine.ParseResult parsed = new CommandLine(new SightlineCommand()).parseArgs(args);
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        return serve.config();
    }

    @Test
    void noFlagsGiveTheDefaults() {
        EngineConfig config = parse("--data-dir", "somewhere", "serve");

        assertThat(config).isEqualTo(EngineConfig.defaults(Path.of("somewhere")));
    }

    @Test
    void eachFlagSetsItsSetting() {
        EngineConfig config = parse("--data-dir", "somewhere", "serve", "--port", "9090", "--bind", "0.0.0.0",
                "--heartbeat-seconds", "2", "--stop-timeout-seconds", "3",
                "--alert-interval-seconds", "0", "--alert-delivery-attempts", "2",
                "--alert-delivery-timeout-seconds", "4",
                "--log-flush-millis", "50", "--log-batch-size", "100", "--log-queue-limit", "1000",
                "--retrain-window-minutes", "30",
                "--drift-share", "0.3", "--drift-p-value", "0.01", "--drift-distance", "0.2");

        assertThat(config.data().folder()).isEqualTo(Path.of("somewhere"));
        assertThat(config.server()).isEqualTo(new ServerConfig("0.0.0.0", 9090, null, null, Duration.ofSeconds(2),
                Duration.ofSeconds(3)));
        assertThat(config.alerts().evaluationInterval()).isZero();
        assertThat(config.alerts().deliveryAttempts()).isEqualTo(2);
        assertThat(config.alerts().deliveryTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.predictionLog().flushInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.predictionLog().batchSize()).isEqualTo(100);
        assertThat(config.predictionLog().queueLimit()).isEqualTo(1000);
        assertThat(config.retraining().shortestWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.drift().driftShare()).isEqualTo(0.3);
        assertThat(config.drift().pValueThreshold()).isEqualTo(0.01);
        assertThat(config.drift().distanceThreshold()).isEqualTo(0.2);
    }

    @Test
    void theDatabaseFlagsFillTheDataPart() {
        EngineConfig config = parse("--data-dir", "cache", "serve", "--db", "jdbc:postgresql://db:5432/sightline",
                "--db-user", "app");

        assertThat(config.data().databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/sightline");
        assertThat(config.data().databaseUser()).isEqualTo("app");
        assertThat(config.data().embeddedDatabase()).isFalse();
    }
}

package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.config.RetrainingConfig;
import io.sightline.engine.monitor.drift.DriftSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Settings given in the configuration reach the parts of the engine that use them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfiguredPlatformTest {
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    private LocalPlatform platform;

    @BeforeAll
    void trainAndDeploy(@TempDir Path directory) {
        EngineConfig config = EngineConfig.defaults(directory.resolve("platform"))
                .withAlerts(AlertConfig.defaults().withEvaluationInterval(Duration.ofMillis(100)))
                .withRetraining(new RetrainingConfig(Duration.ofHours(1), 1_000, 10))
                .withDrift(DriftSettings.defaults().withDriftShare(0.25));
        platform = LocalPlatform.open(config);
        RunInfo run = new SignalData(400, 5).train(platform, directory);
        platform.deploy("signal", run.model().model(), run.model().version());
    }

    @AfterAll
    void close() {
        platform.close();
    }

    @Test
    void alertRulesAreEvaluatedAtTheConfiguredIntervalWithoutBeingAsked() throws InterruptedException {
        platform.saveAlertRule(new AlertRuleSpec("no traffic", "signal", AlertMetric.THROUGHPUT, null,
                Comparison.LESS, 1, Duration.ofMinutes(1), AlertSeverity.WARNING, false, true));

        long deadline = System.nanoTime() + GENEROUS.toNanos();
        List<Alert> fired = platform.alerts(false);
        while (fired.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            fired = platform.alerts(false);
        }

        assertThat(fired).extracting(Alert::ruleName).containsExactly("no traffic");
    }

    @Test
    void theDriftSettingsJudgeTheDriftReports() {
        assertThat(platform.drift("signal", Duration.ofMinutes(5)).driftShareThreshold()).isEqualTo(0.25);
    }

    @Test
    void aRetrainingNeedsAsManyRowsAsConfigured() {
        assertThatThrownBy(() -> platform.retrain("signal", Duration.ofHours(1)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("at least 1000 predictions");
    }

    @Test
    void thePlatformReportsTheConfigurationItWasOpenedWith() {
        assertThat(platform.config().alerts().evaluationInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(platform.dataDirectory()).isEqualTo(platform.config().data().folder());
    }
}

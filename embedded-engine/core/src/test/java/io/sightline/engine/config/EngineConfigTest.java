package io.sightline.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.monitor.drift.DriftSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineConfigTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void defaultsAreTheValuesTheEngineAlwaysHad() {
        EngineConfig config = EngineConfig.defaults(Path.of("data"));

        assertThat(config.data()).isEqualTo(DataConfig.in(Path.of("data")));
        assertThat(config.data().embeddedDatabase()).isTrue();
        assertThat(config.predictionLog()).isEqualTo(new PredictionLogConfig(200_000, 5_000, Duration.ofMillis(200),
                Duration.ofMillis(5)));
        assertThat(config.alerts()).isEqualTo(new AlertConfig(Duration.ofSeconds(5), 5, Duration.ofSeconds(1),
                Duration.ofSeconds(10)));
        assertThat(config.retraining()).isEqualTo(new RetrainingConfig(Duration.ofHours(1), 50, 10));
        assertThat(config.drift()).isEqualTo(DriftSettings.defaults());
        assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 8080, null, null, Duration.ofSeconds(5),
                Duration.ofSeconds(20)));
    }

    @Test
    void aChangedPartLeavesTheOthersAlone() {
        EngineConfig defaults = EngineConfig.defaults(Path.of("data"));
        EngineConfig quiet = defaults.withAlerts(AlertConfig.defaults().withEvaluationInterval(Duration.ZERO));

        assertThat(quiet.alerts().evaluationInterval()).isZero();
        assertThat(quiet.alerts().deliveryAttempts()).isEqualTo(AlertConfig.DEFAULT_DELIVERY_ATTEMPTS);
        assertThat(quiet.withAlerts(defaults.alerts())).isEqualTo(defaults);
    }

    @Test
    void settingsOutOfRangeAreRefusedInPlainWords() {
        assertThatThrownBy(() -> AlertConfig.defaults().withEvaluationInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("alert evaluation interval");
        assertThatThrownBy(() -> PredictionLogConfig.defaults().withBatchSize(0))
                .isInstanceOf(PlatformException.class).hasMessageContaining("batch size");
        assertThatThrownBy(() -> DataConfig.in(Path.of("data")).withDatabase("postgres://db", "u", "p"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("JDBC URL");
    }

    @Test
    void theDatabasePasswordIsNeverPrinted() {
        DataConfig data = DataConfig.in(Path.of("data")).withDatabase("jdbc:postgresql://db/s", "app", "s3cret");

        assertThat(data.toString()).contains("jdbc:postgresql://db/s").doesNotContain("s3cret");
        assertThat(data.embeddedDatabase()).isFalse();
    }

    @Test
    void theDefaultFolderComesFromTheEnvironmentTheCallerRead() {
        assertThat(DataConfig.defaultFolder(Map.of("SIGHTLINE_HOME", "/srv/sightline"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/sightline"));
        assertThat(DataConfig.defaultFolder(Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/sightline"));
        assertThat(DataConfig.defaultFolder(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/sightline"));
        assertThat(DataConfig.defaultFolder(Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Sightline"));
        assertThat(DataConfig.defaultFolder(Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Sightline"));
    }
}

package io.sightline.engine.monitor.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drift of a deployment's logged traffic against the training data of the model it serves. */
class DeploymentDriftTest extends TrainedOnSignalData {
    private static final Duration HOUR = Duration.ofHours(1);

    @Override
    protected long seed() {
        return 7;
    }

    @Test
    void withoutTrafficTheReportIsEmptyAndNothingDrifts() {
        deploy("quiet");
        DriftReport report = platform.drift("quiet", HOUR);
        assertThat(report.currentRows()).isZero();
        assertThat(report.referenceRows()).isEqualTo(400);
        assertThat(report.features()).isEmpty();
        assertThat(report.datasetDrift()).isFalse();
        assertThat(report.model()).isEqualTo(run.model());
        assertThat(Duration.between(report.from(), report.to())).isEqualTo(HOUR);
    }

    @Test
    void trafficLikeTheTrainingDataDoesNotDrift() {
        deploy("same");
        data.inputs().forEach(row -> platform.predict("same", row));
        DriftReport report = flushedDrift("same");
        assertThat(report.currentRows()).isEqualTo(400);
        assertThat(report.features()).extracting(FeatureDrift::column)
                .containsExactly("signal", "noise", "size", "colour", DriftDetector.PREDICTION_COLUMN);
        assertThat(report.features()).noneMatch(FeatureDrift::drifted);
        assertThat(feature(report, "signal").method()).isEqualTo("ks");
        assertThat(feature(report, "signal").ksStatistic()).isZero();
        assertThat(feature(report, "colour").method()).isEqualTo("chisquare");
        assertThat(feature(report, "colour").chiSquare()).isZero();
        assertThat(report.driftShare()).isZero();
        assertThat(report.driftShareThreshold()).isEqualTo(0.5);
        assertThat(report.datasetDrift()).isFalse();
    }

    @Test
    void shiftedInputsAndTheirPredictionsDrift() {
        deploy("shifted");
        List<Map<String, String>> rows = data.inputs();
        for (Map<String, String> row : rows.subList(0, 200)) {
            row.put("signal", Double.toString(Double.parseDouble(row.get("signal")) / 4 + 70));
            row.put("colour", "purple");
            platform.predict("shifted", row);
        }
        DriftReport report = flushedDrift("shifted");
        assertThat(report.currentRows()).isEqualTo(200);
        assertThat(feature(report, "signal").drifted()).isTrue();
        assertThat(feature(report, "signal").ksPValue()).isLessThan(1e-6);
        FeatureDrift colour = feature(report, "colour");
        assertThat(colour.drifted()).isTrue();
        assertThat(colour.chiSquarePValue()).isZero();
        // every row is now above 60: the model says yes far more often than on its training data
        assertThat(feature(report, DriftDetector.PREDICTION_COLUMN).drifted()).isTrue();
        assertThat(feature(report, "noise").drifted()).isFalse();
        assertThat(feature(report, "size").drifted()).isFalse();
        assertThat(report.driftShare()).isEqualTo(0.5);
        assertThat(report.datasetDrift()).isTrue();
        // an infinite chi-square (a category the reference never had) survives the trip to JSON and back
        assertThat(Json.read(Json.write(report), DriftReport.class)).isEqualTo(report);
    }

    @Test
    void missingInputsAreReportedAsShares() {
        deploy("gaps");
        List<Map<String, String>> rows = data.inputs().subList(0, 100);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (i % 4 == 0) {
                row.put("noise", "");
            }
            platform.predict("gaps", row);
        }
        FeatureDrift noise = feature(flushedDrift("gaps"), "noise");
        assertThat(noise.currentMissing()).isEqualTo(0.25);
        assertThat(noise.referenceMissing()).isZero();
    }

    @Test
    void onlyTheWindowIsRead() throws InterruptedException {
        deploy("earlier");
        data.inputs().subList(0, 50).forEach(row -> platform.predict("earlier", row));
        assertThat(flushedDrift("earlier").currentRows()).isEqualTo(50);
        Thread.sleep(20);
        assertThat(platform.drift("earlier", Duration.ofMillis(10)).currentRows()).isZero();
    }

    @Test
    void badRequestsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> platform.drift("nobody", HOUR))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        deploy("windowless");
        assertThatThrownBy(() -> platform.drift("windowless", Duration.ZERO))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("window");
    }

    private DriftReport flushedDrift(String deployment) {
        assertThat(platform.flushPredictionLog(Duration.ofSeconds(30))).isTrue();
        return platform.drift(deployment, HOUR);
    }

    private static FeatureDrift feature(DriftReport report, String column) {
        return report.features().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }
}

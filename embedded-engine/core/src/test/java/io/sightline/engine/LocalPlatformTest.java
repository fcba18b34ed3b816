package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract on the embedded engine, plus what only the embedded engine promises: its data directory. */
class LocalPlatformTest extends PlatformContract {

    @Override
    protected Platform open(Path directory) {
        return LocalPlatform.open(receiversOnLoopback(directory));
    }

    @Test
    void anOnnxFileIsRefusedInPlainWordsWithoutTheOnnxAddOn() throws IOException {
        DatasetInfo iris = platform.importDataset("iris-for-onnx", SampleData.copyTo(workDirectory, SampleData.IRIS));
        Path onnx = Files.write(workDirectory.resolve("model.onnx"), new byte[] {8, 7});

        assertThatThrownBy(() -> platform.importModel(ModelImport.of("onnx-model", onnx, ModelFormat.ONNX, iris.id(),
                "class"))).isInstanceOf(PlatformException.class).hasMessageStartingWith("ONNX models need the ONNX add-on");
    }

    @Test
    void everythingCommittedSurvivesAReopen() {
        Path directory = workDirectory.resolve("reopen");
        String datasetId;
        try (LocalPlatform first = LocalPlatform.open(directory)) {
            datasetId = first.importDataset("flowers", SampleData.copyTo(workDirectory, SampleData.IRIS)).id();
        }
        try (LocalPlatform second = LocalPlatform.open(directory)) {
            DatasetInfo reloaded = second.dataset(datasetId);
            assertThat(reloaded.name()).isEqualTo("flowers");
            assertThat(second.preview(datasetId, 5).rows()).hasSize(5);
            assertThat(second.info().mode()).isEqualTo("embedded");
            assertThat(second.info().location()).isEqualTo(directory.toAbsolutePath().toString());
        }
    }

    @Test
    void healthReportsTheDatabaseScoringTheEventStreamAndTheJobQueue() {
        try (LocalPlatform fresh = LocalPlatform.open(workDirectory.resolve("health"))) {
            Health health = fresh.health();
            assertThat(health.components()).extracting(ComponentHealth::component)
                    .containsExactly("database", "scoring", "event stream", "job queue", "strategies", "notifications");
            assertThat(health.status()).isEqualTo(HealthStatus.GREEN);
            assertThat(health.components().get(3).detail()).isEqualTo("idle");

            int before = listeners(fresh.health());
            try (EventSubscription listening = fresh.subscribe(fresh.latestEventId(), event -> { })) {
                assertThat(listeners(fresh.health())).isEqualTo(before + 1);
            }
        }
    }

    private static int listeners(Health health) {
        String detail = health.components().get(2).detail();
        return Integer.parseInt(detail.substring(0, detail.indexOf(' ')));
    }

    @Test
    void trainingOnAnUntrainableTargetIsRefusedBeforeAnyJobStarts() throws IOException {
        Path constant = workDirectory.resolve("constant-target.csv");
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(",same\n");
        }
        Files.writeString(constant, text);
        DatasetInfo dataset = platform.importDataset("constant", constant);
        int jobsBefore = platform.trainingJobs().size();
        assertThatThrownBy(() -> platform.startTraining(TrainingRequest.of(dataset.id(), "y", null)))
                .isInstanceOf(PlatformException.class).hasMessageContaining("cannot be trained");
        assertThat(platform.trainingJobs()).hasSize(jobsBefore);
    }

    @Test
    void dayFirstDatesDetectedOnImportAreReadTheSameWayByTrainingAndServing() throws IOException {
        Path csv = workDirectory.resolve("orders.csv");
        StringBuilder text = new StringBuilder("ordered,amount,big\n");
        for (int i = 0; i < 60; i++) {
            text.append(String.format("%02d/%02d/2024,%d,%s%n", 1 + i % 28, 1 + i % 12, i * 3, i * 3 > 90 ? "yes" : "no"));
        }
        Files.writeString(csv, text);
        DatasetInfo orders = platform.importDataset("orders", csv);
        assertThat(orders.column("ordered").type()).isEqualTo(io.sightline.engine.api.ColumnType.DATETIME);
        var job = platform.awaitTraining(platform.startTraining(TrainingRequest.of(orders.id(), "big", "orders")
                .withBudget(java.time.Duration.ofSeconds(30))).id(), java.time.Duration.ofMinutes(3));
        RunInfo run = platform.run(job.runId());
        platform.deploy("orders-live", run.model().model(), run.model().version());
        var prediction = platform.predict("orders-live", Map.of("ordered", "31/03/2024", "amount", "150"));
        assertThat(prediction.label()).isIn("yes", "no");
        assertThat(platform.modelVersion(run.model().model(), run.model().version()).schema().inputs())
                .anySatisfy(field -> assertThat(field.name()).isEqualTo("ordered"));
    }

    @Test
    void storedDatasetBytesAreNamedByTheirHash() {
        DatasetInfo iris = platform.datasets().stream().filter(d -> d.name().equals("iris")).findFirst().orElseThrow();
        Path stored = ((LocalPlatform) platform).dataDirectory().resolve("datasets").resolve(iris.sha256() + ".csv");
        assertThat(stored).exists();
        RunInfo run = platform.runs().stream().filter(r -> iris.id().equals(r.datasetId())).findFirst().orElseThrow();
        assertThat(run.datasetSha256()).isEqualTo(iris.sha256());
        assertThat(platform.analyzeTarget(iris.id(), "class", Map.of()).trainable()).isTrue();
    }
}

package io.sightline.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.track.ExperimentStore;
import io.sightline.engine.track.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJobsHealthTest {
    @TempDir
    Path directory;

    private Database database;
    private EventLog events;
    private TrainingJobs jobs;

    @BeforeEach
    void open() {
        database = Database.h2File(directory);
        events = new EventLog(database);
        jobs = new TrainingJobs(new TrainingJobs.Context(database, events, new CsvImporter(), new DatasetCatalog(),
                new ArtifactStore(directory.resolve("datasets"), ".csv"),
                new ArtifactStore(directory.resolve("models"), ".model.zip"),
                new RunStore(new ExperimentStore(directory.resolve("runs").toUri().toString())), new ModelRegistry()),
                NodeOptions.standalone());
    }

    @AfterEach
    void close() {
        jobs.close();
        events.close();
        database.close();
    }

    @Test
    void anIdleQueueWithItsWorkerIsGreen() {
        assertThat(jobs.health()).isEqualTo(new ComponentHealth("job queue", HealthStatus.GREEN, "idle"));
    }

    @Test
    void aQueueWhoseWorkerHasStoppedIsRedAndSaysNoTrainingWillRun() throws InterruptedException {
        jobs.worker().interrupt();
        jobs.worker().join(Duration.ofMinutes(1));
        assertThat(jobs.worker().isAlive()).isFalse();

        ComponentHealth health = jobs.health();

        assertThat(health.status()).isEqualTo(HealthStatus.RED);
        assertThat(health.detail()).contains("training worker has stopped", "interrupted",
                "no training will run on this node until the engine is restarted");
    }
}

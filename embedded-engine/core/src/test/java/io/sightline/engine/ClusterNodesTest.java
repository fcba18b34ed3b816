package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import io.sightline.engine.wire.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two cluster nodes in one process on one database, each with a data directory of its own: what one node
 * imports, trains or deploys, the other trains on and serves, and a cancel said to one reaches the other.
 * H2 here; the subclass runs the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ClusterNodesTest {
    private static final Map<String, String> SETOSA =
            Map.of("sepallength", "5.1", "sepalwidth", "3.5", "petallength", "1.4", "petalwidth", "0.2");

    private Path work;
    private LocalPlatform nodeA;
    private LocalPlatform nodeB;

    /** A new database both nodes can reach. */
    protected String newDatabaseUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("shared").toAbsolutePath();
    }

    protected Database connect(String url) {
        return Database.open(url, "sa", "");
    }

    private static NodeOptions node(String id) {
        return NodeOptions.cluster(id).withLeaseDuration(Duration.ofSeconds(2)).withPollInterval(Duration.ofMillis(100));
    }

    @BeforeAll
    void openNodes(@TempDir Path directory) {
        work = directory;
        String url = newDatabaseUrl(directory);
        nodeA = LocalPlatform.open(directory.resolve("node-a"), connect(url), node("node-a"));
        nodeB = LocalPlatform.open(directory.resolve("node-b"), connect(url), node("node-b"));
    }

    @AfterAll
    void closeNodes() {
        nodeA.close();
        nodeB.close();
    }

    private LocalPlatform byId(String nodeId) {
        return nodeId.equals("node-a") ? nodeA : nodeB;
    }

    private LocalPlatform peerOf(LocalPlatform node) {
        return node == nodeA ? nodeB : nodeA;
    }

    private static TrainingJob train(LocalPlatform node, DatasetInfo dataset, String target, String model) {
        TrainingJob job = node.startTraining(TrainingRequest.of(dataset.id(), target, model)
                .withBudget(Duration.ofSeconds(60)));
        return node.awaitTraining(job.id(), Duration.ofMinutes(3));
    }

    /** Asks {@code node} for predictions until it serves {@code expected} (or 30 s have passed); returns what it served. */
    private static ModelRef servedVersion(LocalPlatform node, String deployment, ModelRef expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ModelRef served = node.predict(deployment, SETOSA).model();
        while (!served.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            served = node.predict(deployment, SETOSA).model();
        }
        return served;
    }

    @Test
    void aDeploymentMadeThroughOneNodeIsServedByTheOtherWhichFollowsItsChanges() throws InterruptedException {
        DatasetInfo iris = nodeA.importDataset("iris", SampleData.copyTo(work, SampleData.IRIS));
        TrainingJob first = train(nodeA, iris, "class", "iris-cluster");
        assertThat(first.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(first.node()).isIn("node-a", "node-b");
        LocalPlatform trainer = byId(first.node());
        LocalPlatform other = peerOf(trainer);
        RunInfo run = other.run(first.runId());

        Deployment deployment = trainer.deploy("iris-live", run.model().model(), run.model().version());
        PredictionResult served = other.predict("iris-live", SETOSA);

        assertThat(served.label()).isEqualTo("Iris-setosa");
        assertThat(served.model()).isEqualTo(deployment.ref());
        String artifact = other.modelVersion(run.model().model(), run.model().version()).artifactSha256();
        assertThat(other.dataDirectory().resolve("models").resolve(artifact + ".model.zip")).exists();
        assertThat(nodeB.preview(iris.id(), 3).rows()).hasSize(3);
        assertThat(nodeB.dataDirectory().resolve("datasets").resolve(iris.sha256() + ".csv")).exists();

        TrainingJob second = train(nodeB, iris, "class", "iris-cluster");
        ModelRef newer = nodeA.run(second.runId()).model();
        assertThat(newer).isEqualTo(new ModelRef("iris-cluster", 2));
        other.deploy("iris-live", newer.model(), newer.version());

        assertThat(servedVersion(trainer, "iris-live", newer)).isEqualTo(newer);
        assertThat(nodeA.runs()).filteredOn(r -> r.datasetId().equals(iris.id())).hasSize(2);
    }

    @Test
    void aTrainingCancelledThroughOneNodeStopsOnTheNodeRunningIt() throws InterruptedException {
        DatasetInfo credit = nodeA.importDataset("credit", SampleData.copyTo(work, SampleData.CREDIT_G));
        TrainingJob job = nodeA.startTraining(TrainingRequest.of(credit.id(), "class", "credit-cancel"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        TrainingJob running = nodeB.trainingJob(job.id());
        while (running.state() == JobState.QUEUED && System.nanoTime() < deadline) {
            Thread.sleep(20);
            running = nodeB.trainingJob(job.id());
        }
        assertThat(running.state()).isEqualTo(JobState.RUNNING);
        LocalPlatform holder = byId(running.node());

        peerOf(holder).cancelTraining(job.id());
        TrainingJob finished = peerOf(holder).awaitTraining(job.id(), Duration.ofMinutes(2));

        assertThat(finished.state()).isEqualTo(JobState.CANCELLED);
        assertThat(finished.node()).isEqualTo(running.node());
        assertThat(nodeA.run(finished.runId()).status()).isEqualTo(RunStatus.KILLED);
    }

    @Test
    void eachNodeNamesItselfInItsHealthAndTheJobsItRuns() {
        assertThat(nodeA.health().components()).anySatisfy(component -> {
            assertThat(component.component()).isEqualTo("job queue");
            assertThat(component.detail()).startsWith("node node-a").contains("in the cluster");
        });
        TrainingJob job = new TrainingJob("job_1", "ds_1", "y", JobState.RUNNING, null, "Training on node node-b",
                null, null, "node-b");
        assertThat(Json.read(Json.write(job), TrainingJob.class)).isEqualTo(job);
    }
}

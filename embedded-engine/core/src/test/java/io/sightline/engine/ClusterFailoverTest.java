package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engine nodes, each a process of its own, on one PostgreSQL schema. A training is queued; the node that
 * claimed it is killed with SIGKILL in the middle of it; the other node takes the job over once the lease has
 * run out and completes it. Afterwards exactly one run and one model version exist, and a subscriber on the
 * surviving node has heard every event of both nodes, the dead one's included, once each and in order.
 */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ClusterFailoverTest {
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final String MODEL = "credit-failover";

    @TempDir
    Path directory;

    private final List<ChildJvm> nodes = new ArrayList<>();

    /**
     * One node: prints every event it hears ("event ID TYPE JOB STATE"), "queued JOB" when it queued the
     * training (role "queue"), and "running JOB" when it sees that it holds a running job itself.
     */
    public static final class Node {
        public static void main(String[] args) throws Exception {
            String url = args[0];
            Path data = Path.of(args[1]);
            String nodeId = args[2];
            NodeOptions options = NodeOptions.cluster(nodeId).withLeaseDuration(Duration.ofMillis(Long.parseLong(args[3])))
                    .withPollInterval(Duration.ofMillis(200));
            LocalPlatform platform = LocalPlatform.open(data, Database.open(url, TestPostgres.user(),
                    TestPostgres.password()), options);
            platform.subscribe(0, Node::print);
            if (args[4].equals("queue")) {
                DatasetInfo dataset = platform.importDataset("credit", SampleData.copyTo(Path.of(args[5]),
                        SampleData.CREDIT_G));
                // a short budget keeps the test quick: after 2 s no further candidate is tried
                TrainingRequest request = new TrainingRequest(dataset.id(), "class", Map.of(), 3,
                        Duration.ofSeconds(2), 42L, MODEL);
                say("queued " + platform.startTraining(request).id());
            }
            Set<String> announced = new HashSet<>();
            while (true) {
                for (TrainingJob job : platform.trainingJobs()) {
                    if (job.state() == JobState.RUNNING && nodeId.equals(job.node()) && announced.add(job.id())) {
                        say("running " + job.id());
                    }
                }
                Thread.sleep(100);
            }
        }

        private static void print(PlatformEvent event) {
            String detail = switch (event) {
                case PlatformEvent.TrainingProgress p -> p.jobId() + " " + p.phase();
                case PlatformEvent.TrainingFinished f -> f.jobId() + " " + f.state();
                default -> "- -";
            };
            say("event " + event.id() + " " + event.getClass().getSimpleName() + " " + detail);
        }

        private static synchronized void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    private static Predicate<String> event(String type, String jobId) {
        return line -> line.startsWith("event ") && line.contains(" " + type + " " + jobId + " ");
    }

    /** The ids of the events {@code node} heard, in the order it heard them. */
    private static List<Long> eventIds(ChildJvm node) {
        return node.lines().stream().filter(l -> l.startsWith("event ")).map(l -> Long.parseLong(l.split(" ")[1]))
                .toList();
    }

    private ChildJvm start(String url, String nodeId, String role) throws IOException {
        ChildJvm node = ChildJvm.start(nodeId, directory, Node.class, List.of("-Xmx1g"), Map.of("OMP_NUM_THREADS", "1"),
                url, directory.resolve(nodeId).toString(), nodeId, String.valueOf(LEASE.toMillis()), role,
                directory.toString());
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (ChildJvm node : nodes) {
            node.close();
        }
    }

    @Test
    void aTrainingWhoseNodeIsKilledIsCompletedOnceByTheOtherNode() throws Exception {
        String url = TestPostgres.freshSchemaUrl("failover");
        Database.open(url, TestPostgres.user(), TestPostgres.password()).close();
        ChildJvm nodeA = start(url, "node-a", "queue");
        ChildJvm nodeB = start(url, "node-b", "serve");

        String queued = nodeA.awaitLine("training queued", line -> line.startsWith("queued "), Duration.ofSeconds(90));
        String jobId = queued.substring("queued ".length());
        ChildJvm holder = awaitHolder(List.of(nodeA, nodeB), jobId);
        ChildJvm survivor = holder == nodeA ? nodeB : nodeA;
        String progress = holder.awaitLine("progress before it is killed", event("TrainingProgress", jobId),
                Duration.ofSeconds(60));
        long progressByDeadNode = Long.parseLong(progress.split(" ")[1]);

        holder.kill();
        long killed = System.nanoTime();

        survivor.awaitLine("takeover of " + jobId, ("running " + jobId)::equals, Duration.ofSeconds(60));
        System.out.printf("%s took the training over %.1f s after %s was killed (lease %d s)%n", survivor.name,
                (System.nanoTime() - killed) / 1e9, holder.name, LEASE.toSeconds());
        String finished = survivor.awaitLine("end of " + jobId, event("TrainingFinished", jobId),
                Duration.ofSeconds(120));
        assertThat(finished).as("%s finishes the job; its standard error:%n%s", survivor.name, survivor.stderr())
                .endsWith("SUCCEEDED");

        List<Long> heard = eventIds(survivor);
        long last = heard.get(heard.size() - 1);
        assertThat(heard).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(heard).contains(progressByDeadNode);

        try (LocalPlatform checker = LocalPlatform.open(directory.resolve("checker"),
                Database.open(url, TestPostgres.user(), TestPostgres.password()), NodeOptions.cluster("checker"))) {
            TrainingJob job = checker.trainingJob(jobId);
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(job.node()).isEqualTo(survivor.name);
            assertThat(checker.runs()).hasSize(1);
            assertThat(checker.runs().get(0).id()).isEqualTo(job.runId());
            assertThat(checker.modelVersions(MODEL)).hasSize(1);
            assertThat(checker.modelVersions(MODEL).get(0).runId()).isEqualTo(job.runId());
        }
    }

    /** The node that announces it runs the job. */
    private static ChildJvm awaitHolder(List<ChildJvm> candidates, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (ChildJvm node : candidates) {
                if (node.lines().contains("running " + jobId)) {
                    return node;
                }
            }
            Thread.sleep(20);
        }
        StringBuilder why = new StringBuilder("No node started training " + jobId + " within 90 s.");
        for (ChildJvm node : candidates) {
            why.append("\n").append(node.failure("it did not announce the training").getMessage());
        }
        throw new AssertionError(why);
    }
}

package io.sightline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final List<NodeProcess> nodes = new ArrayList<>();

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

    /** A node's process and every line it printed, read as they come. */
    private static final class NodeProcess {
        final String id;
        final Process process;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        NodeProcess(String id, Process process) {
            this.id = id;
            this.process = process;
            Thread.ofPlatform().daemon().start(this::read);
        }

        private void read() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed: its output ends here
            }
        }

        List<String> snapshot() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        /** The first line that {@code matches}, waiting for it up to {@code timeout}; null if none came. */
        String await(Predicate<String> matches, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                Optional<String> line = snapshot().stream().filter(matches).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
                Thread.sleep(20);
            } while (System.nanoTime() < deadline);
            return null;
        }

        /** The ids of the events this node heard, in the order it heard them. */
        List<Long> eventIds() {
            return snapshot().stream().filter(l -> l.startsWith("event ")).map(l -> Long.parseLong(l.split(" ")[1]))
                    .toList();
        }
    }

    private static Predicate<String> event(String type, String jobId) {
        return line -> line.startsWith("event ") && line.contains(" " + type + " " + jobId + " ");
    }

    private NodeProcess start(String url, String nodeId, String role) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Node.class.getName(), url, directory.resolve(nodeId).toString(), nodeId,
                String.valueOf(LEASE.toMillis()), role, directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_NUM_THREADS", "1");
        NodeProcess node = new NodeProcess(nodeId, builder.start());
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.process.destroyForcibly();
            node.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTrainingWhoseNodeIsKilledIsCompletedOnceByTheOtherNode() throws Exception {
        String url = TestPostgres.freshSchemaUrl("failover");
        Database.open(url, TestPostgres.user(), TestPostgres.password()).close();
        NodeProcess nodeA = start(url, "node-a", "queue");
        NodeProcess nodeB = start(url, "node-b", "serve");

        String queued = nodeA.await(line -> line.startsWith("queued "), Duration.ofSeconds(90));
        assertThat(queued).as("node-a queued a training").isNotNull();
        String jobId = queued.substring("queued ".length());
        NodeProcess holder = awaitHolder(List.of(nodeA, nodeB), jobId);
        NodeProcess survivor = holder == nodeA ? nodeB : nodeA;
        String progress = holder.await(event("TrainingProgress", jobId), Duration.ofSeconds(60));
        assertThat(progress).as("%s reports progress before it is killed", holder.id).isNotNull();
        long progressByDeadNode = Long.parseLong(progress.split(" ")[1]);

        holder.process.destroyForcibly();
        assertThat(holder.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long killed = System.nanoTime();

        assertThat(survivor.await(("running " + jobId)::equals, Duration.ofSeconds(60)))
                .as("%s takes the job over", survivor.id).isNotNull();
        System.out.printf("%s took the training over %.1f s after %s was killed (lease %d s)%n", survivor.id,
                (System.nanoTime() - killed) / 1e9, holder.id, LEASE.toSeconds());
        String finished = survivor.await(event("TrainingFinished", jobId), Duration.ofSeconds(120));
        assertThat(finished).as("%s finishes the job", survivor.id).endsWith("SUCCEEDED");

        List<Long> heard = survivor.eventIds();
        long last = heard.get(heard.size() - 1);
        assertThat(heard).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(heard).contains(progressByDeadNode);

        try (LocalPlatform checker = LocalPlatform.open(directory.resolve("checker"),
                Database.open(url, TestPostgres.user(), TestPostgres.password()), NodeOptions.cluster("checker"))) {
            TrainingJob job = checker.trainingJob(jobId);
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(job.node()).isEqualTo(survivor.id);
            assertThat(checker.runs()).hasSize(1);
            assertThat(checker.runs().get(0).id()).isEqualTo(job.runId());
            assertThat(checker.modelVersions(MODEL)).hasSize(1);
            assertThat(checker.modelVersions(MODEL).get(0).runId()).isEqualTo(job.runId());
        }
    }

    /** The node that announces it runs the job. */
    private static NodeProcess awaitHolder(List<NodeProcess> candidates, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (NodeProcess node : candidates) {
                if (node.snapshot().contains("running " + jobId)) {
                    return node;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No node started training " + jobId);
    }
}

package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.ChildJvm;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SignalData;
import io.sightline.engine.TestPostgres;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.jobs.JobLease;
import io.sightline.engine.jobs.JobLeases;
import io.sightline.engine.jobs.LeaseLostException;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engine nodes on one PostgreSQL schema: node A, a process of its own, holds a flow and is killed with SIGKILL
 * while its canary runs; node B, this process, takes the flow over once A's lease has run out and finishes it.
 * A write made with A's lease afterwards, as A would make it had it only been stalled, is refused: the lease's
 * attempt is the fencing token, and B's claim raised it.
 */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FlowClusterTakeoverTest {
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @TempDir
    Path directory;

    private static NodeOptions node(String nodeId) {
        return NodeOptions.cluster(nodeId).withLeaseDuration(LEASE).withPollInterval(POLL);
    }

    private static Database connect(String url) {
        return Database.open(url, TestPostgres.user(), TestPostgres.password());
    }

    /** Node A: opens the cluster node "node-a" on {@code args[0]} and starts flow 1 on v{@code args[2]}. */
    public static final class NodeA {
        public static void main(String[] args) throws Exception {
            LocalPlatform platform = LocalPlatform.open(Path.of(args[1]), connect(args[0]), node("node-a"));
            FlowCrashResumeTest.Engine.startPrinting(platform, Integer.parseInt(args[2]), FlowCrashResumeTest.QUICK);
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aFlowWhoseNodeIsKilledIsFinishedByTheOtherNodeAndTheDeadNodesLeaseWritesNothing() throws Exception {
        String url = TestPostgres.freshSchemaUrl("flows");
        int v1;
        int v2;
        try (LocalPlatform trainer = LocalPlatform.open(directory.resolve("trainer"), connect(url), node("trainer"))) {
            RunInfo first = new SignalData(400, FlowCrashResumeTest.SEED).train(trainer, directory);
            v1 = first.model().version();
            v2 = SignalData.train(trainer, first.datasetId()).model().version();
            trainer.deploy(FlowCrashResumeTest.DEPLOYMENT, "signal", v1);
        }

        List<String> args = new ArrayList<>(List.of(url, directory.resolve("node-a").toString(), String.valueOf(v2)));
        try (ChildJvm nodeA = ChildJvm.start("node-a", directory, NodeA.class, List.of("-Xmx512m"), Map.of(),
                args.toArray(String[]::new));
             Database database = connect(url)) {
            String flowId = nodeA.awaitLine("the flow's start", l -> l.startsWith("started "), STARTUP)
                    .substring("started ".length());
            nodeA.awaitLine("the approval", l -> l.startsWith("changed approval WAITING_FOR_APPROVAL"), STARTUP);

            try (LocalPlatform nodeB = LocalPlatform.open(directory.resolve("node-b"), connect(url), node("node-b"))) {
                assertThat(holder(database, flowId)).isEqualTo("node-a");
                nodeB.approveFlowStep(flowId, "approval", "bob", "approved on another node");
                nodeA.awaitLine("the canary on node A", l -> l.startsWith("changed canary RUNNING"), STARTUP);
                JobLease leaseOfA = lease(database, flowId);
                assertThat(leaseOfA.nodeId()).isEqualTo("node-a");

                nodeA.kill();
                long killed = System.nanoTime();
                while (!"node-b".equals(holder(database, flowId))) {
                    assertThat(System.nanoTime() - killed).as("node B takes the flow over")
                            .isLessThan(STARTUP.toNanos());
                    Thread.sleep(20);
                }
                System.out.printf("node-b took the flow over %.1f s after node-a was killed (lease %d s)%n",
                        (System.nanoTime() - killed) / 1e9, LEASE.toSeconds());

                int transitions = transitions(database, flowId);
                StepRun lateWrite = new StepRun("canary", StepState.FAILED, Instant.now(), Instant.now(), Map.of(),
                        Map.of(), List.of(), "written late by node A", null);
                JobLeases leasesOfA = new JobLeases("flow_lease", node("node-a"));
                assertThatThrownBy(() -> leasesOfA.commitWhileHeld(database, leaseOfA, c -> {
                    new FlowStore().writeStep(c, flowId, lateWrite, null, null);
                    return null;
                })).isInstanceOf(LeaseLostException.class).hasMessageContaining("node-a");
                assertThat(transitions(database, flowId)).isEqualTo(transitions);

                FlowCrashResumeTest.sendTrafficUntilSucceeded(nodeB, flowId);
                Flow flow = nodeB.flow(flowId);
                assertThat(flow.state()).isEqualTo(FlowState.SUCCEEDED);
                assertThat(flow.step("canary").state()).isEqualTo(StepState.PASSED);
                assertThat(flow.step("canary").message()).doesNotContain("written late");
                assertThat(flow.step("canary").outputs()).containsEntry("stableVersion", String.valueOf(v1));
                assertThat(nodeB.policy(FlowCrashResumeTest.DEPLOYMENT)).isEqualTo(TrafficPolicy.single(v2));
                JobLease leaseOfB = lease(database, flowId);
                assertThat(leaseOfB.nodeId()).isEqualTo("node-b");
                assertThat(leaseOfB.attempt()).isGreaterThan(leaseOfA.attempt());
            }
        }
    }

    private static String holder(Database database, String flowId) {
        return lease(database, flowId).nodeId();
    }

    private static JobLease lease(Database database, String flowId) {
        return database.read(c -> Sql.one(c, "SELECT node_id, attempt FROM flow_lease WHERE id = ?",
                row -> new JobLease(flowId, row.getString("node_id"), row.getInt("attempt")), flowId)).orElseThrow();
    }

    private static int transitions(Database database, String flowId) {
        return database.read(c -> new FlowStore().transitions(c, flowId));
    }
}

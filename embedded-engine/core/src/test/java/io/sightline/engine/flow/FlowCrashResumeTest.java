package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.ChildJvm;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SignalData;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.StepState;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flow 1 started in an engine process of its own, which is killed with SIGKILL at a step boundary: while a step
 * runs (the load test), while the flow waits for approval, and right after a step passed with the next not yet
 * started (the flow was paused during the load test). The engine is then opened in this process on the same data
 * folder, and the flow goes on where it was: steps that had passed keep their transitions (they are not run
 * again), the step that was running runs again, the approval still waits, and the flow reaches its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FlowCrashResumeTest {
    /** Long enough for a JVM to start and the engine to open on a busy machine; a child that hangs fails. */
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration FLOW_WAIT = Duration.ofSeconds(60);
    static final String DEPLOYMENT = "live";
    static final long SEED = 5;
    /** Gates every version meets, a load test of one short step and a one-second canary. */
    static final Map<String, String> QUICK = Map.ofEntries(Map.entry("minMetric", "0.5"),
            Map.entry("maxRegression", "0.5"), Map.entry("latencyP95Millis", "1000"), Map.entry("latencyRows", "50"),
            Map.entry("loadRate", "10"), Map.entry("loadSeconds", "1"), Map.entry("loadP95Millis", "1000"),
            Map.entry("canaryShare", "0.5"), Map.entry("canarySeconds", "1"), Map.entry("canaryMinRequests", "20"));
    private static final List<String> BEFORE_THE_TESTS = List.of("register", "metric-gate", "champion-gate",
            "schema-gate", "latency-gate", "gates-passed", "staging", "smoke-test");

    /** A data folder with v1 of "signal" serving as {@link #DEPLOYMENT} and v2 trained, copied for each test. */
    private Path trained;
    private int v2;

    @TempDir
    Path directory;

    /**
     * The engine process that gets killed: opens the data folder ({@code args[0]}), prints each flow change it
     * hears ("changed STEP STEP_STATE FLOW_STATE | message"), starts flow 1 on v{@code args[1]} with the parameters
     * {@code key=value} that follow {@code args[2]}, and prints "started FLOW". With {@code args[2]} "pause", it
     * pauses the flow as soon as the load test runs and prints "paused".
     */
    public static final class Engine {
        public static void main(String[] args) throws Exception {
            LocalPlatform platform = LocalPlatform.open(Path.of(args[0]));
            Map<String, String> parameters = new HashMap<>();
            Stream.of(args).skip(3).map(a -> a.split("=", 2)).forEach(kv -> parameters.put(kv[0], kv[1]));
            Flow flow = startPrinting(platform, Integer.parseInt(args[1]), parameters);
            if (args[2].equals("pause")) {
                while (!platform.flow(flow.id()).step("load-test").outputs().containsKey("testId")) {
                    Thread.sleep(10);
                }
                platform.pauseFlow(flow.id(), "ann");
                say("paused");
            }
            Thread.sleep(Long.MAX_VALUE);
        }

        /**
         * Prints every flow change {@code platform} hears from now on, starts flow 1 on v{@code version} of
         * "signal" into {@link #DEPLOYMENT} as "ann" and prints "started FLOW".
         */
        static Flow startPrinting(LocalPlatform platform, int version, Map<String, String> parameters) {
            platform.subscribe(platform.latestEventId(), event -> {
                if (event instanceof PlatformEvent.FlowChanged changed) {
                    say("changed " + changed.stepId() + " " + changed.stepState() + " " + changed.flowState() + " | "
                            + changed.message());
                }
            });
            Flow flow = platform.startFlow(new FlowStart("same-project",
                    new FlowSubject("signal", version, DEPLOYMENT), parameters), "ann");
            say("started " + flow.id());
            return flow;
        }

        private static synchronized void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    @BeforeAll
    void trainOnce(@TempDir Path scratch) {
        trained = scratch.resolve("trained");
        try (LocalPlatform platform = LocalPlatform.open(trained)) {
            RunInfo first = new SignalData(400, SEED).train(platform, scratch);
            v2 = SignalData.train(platform, first.datasetId()).model().version();
            platform.deploy(DEPLOYMENT, "signal", first.model().version());
        }
    }

    @Test
    void aFlowKilledWhileAStepRunsRunsThatStepAgainAndNoneBefore() throws Exception {
        Killed killed = runAndKill("load test running", "run", Map.of("loadRate", "5", "loadSeconds", "3"),
                line -> line.startsWith("changed load-test RUNNING") && line.contains("| Load test "));
        String firstTest = killed.line().replaceAll(".*Load test (\\S+) is running.*", "$1");
        assertThat(killed.transitions()).containsKeys(BEFORE_THE_TESTS.toArray(String[]::new));

        try (LocalPlatform platform = reopen()) {
            Flow waiting = await(platform, killed.flowId(), "waits for approval",
                    f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
            String secondTest = waiting.step("load-test").outputs().get("testId");
            assertThat(secondTest).isNotEqualTo(firstTest);
            assertThat(platform.capacityTest(firstTest).state()).isEqualTo(CapacityTestState.STOPPED);
            assertThat(platform.capacityTest(firstTest).message()).contains("engine stopped during the test");
            assertThat(platform.capacityTest(secondTest).state()).isEqualTo(CapacityTestState.FINISHED);
            assertThat(waiting.step("load-test").state()).isEqualTo(StepState.PASSED);
            approveAndFinish(platform, killed.flowId());
        }
        Map<String, Integer> after = transitions(killed.flowId());
        assertNotRunAgain(killed, after, BEFORE_THE_TESTS);
        assertThat(after.get("load-test")).isGreaterThan(killed.transitions().get("load-test"));
    }

    @Test
    void aFlowKilledWhileWaitingForApprovalStillWaitsAndGoesOnOnceApproved() throws Exception {
        Killed killed = runAndKill("the approval waits", "run", Map.of(),
                line -> line.startsWith("changed approval WAITING_FOR_APPROVAL"));

        try (LocalPlatform platform = reopen()) {
            Flow flow = platform.flow(killed.flowId());
            assertThat(flow.state()).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
            assertThat(flow.step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
            approveAndFinish(platform, killed.flowId());
        }
        List<String> settled = new ArrayList<>(BEFORE_THE_TESTS);
        settled.addAll(List.of("load-test", "tests-passed"));
        assertNotRunAgain(killed, transitions(killed.flowId()), settled);
    }

    @Test
    void aFlowKilledRightAfterAStepPassedStartsTheNextStepAndRunsNoneAgain() throws Exception {
        // paused while the load test ran: it passes, and nothing after it starts until the flow is resumed
        Killed killed = runAndKill("the load test passed while paused", "pause", Map.of("loadSeconds", "2"),
                line -> line.startsWith("changed load-test PASSED PAUSED"));

        try (LocalPlatform platform = reopen()) {
            Flow paused = platform.flow(killed.flowId());
            assertThat(paused.state()).isEqualTo(FlowState.PAUSED);
            assertThat(paused.step("load-test").state()).isEqualTo(StepState.PASSED);
            assertThat(paused.step("tests-passed").state()).isEqualTo(StepState.PENDING);
            platform.resumeFlow(killed.flowId(), "ann");
            await(platform, killed.flowId(), "waits for approval", f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
            approveAndFinish(platform, killed.flowId());
        }
        List<String> settled = new ArrayList<>(BEFORE_THE_TESTS);
        settled.add("load-test");
        assertNotRunAgain(killed, transitions(killed.flowId()), settled);
    }

    /** The flow the killed process started, the line it was killed on, and each step's transitions by then. */
    private record Killed(String flowId, String line, Map<String, Integer> transitions) {
    }

    private Killed runAndKill(String what, String mode, Map<String, String> overrides, Predicate<String> killOn)
            throws Exception {
        copy(trained, data());
        Map<String, String> parameters = new LinkedHashMap<>(QUICK);
        parameters.putAll(overrides);
        List<String> args = new ArrayList<>(List.of(data().toString(), String.valueOf(v2), mode));
        parameters.forEach((name, value) -> args.add(name + "=" + value));
        String flowId;
        String line;
        try (ChildJvm engine = ChildJvm.start("engine-" + mode, directory, Engine.class, List.of("-Xmx512m"),
                Map.of(), args.toArray(String[]::new))) {
            flowId = engine.awaitLine("the flow's start", l -> l.startsWith("started "), STARTUP)
                    .substring("started ".length());
            line = engine.awaitLine(what, killOn, STARTUP);
            engine.kill();
        }
        return new Killed(flowId, line, transitions(flowId));
    }

    private LocalPlatform reopen() {
        long start = System.nanoTime();
        LocalPlatform platform = LocalPlatform.open(data());
        System.out.printf("Reopened the killed engine's folder in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        return platform;
    }

    /** Approves as someone other than the starter and sends the canary traffic until the flow succeeds. */
    private static void approveAndFinish(LocalPlatform platform, String flowId) throws InterruptedException {
        long start = System.nanoTime();
        platform.approveFlowStep(flowId, "approval", "bob", "resumed after a crash");
        sendTrafficUntilSucceeded(platform, flowId);
        System.out.printf("Approved to production in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** Sends the deployment requests, for the canary to be judged on, until the flow ends; it must succeed. */
    static void sendTrafficUntilSucceeded(LocalPlatform platform, String flowId) throws InterruptedException {
        List<Map<String, String>> inputs = new SignalData(400, SEED).inputs();
        long deadline = System.nanoTime() + FLOW_WAIT.toNanos();
        int next = 0;
        Flow flow = platform.flow(flowId);
        while (!flow.state().ended() && System.nanoTime() < deadline) {
            for (int i = 0; i < 20; i++) {
                platform.predict(DEPLOYMENT, inputs.get(next++ % inputs.size()));
            }
            Thread.sleep(20);
            flow = platform.flow(flowId);
        }
        assertThat(flow.state()).as("flow %s", flow).isEqualTo(FlowState.SUCCEEDED);
        assertThat(flow.step("production").state()).isEqualTo(StepState.PASSED);
    }

    private static Flow await(LocalPlatform platform, String flowId, String what, Predicate<Flow> condition)
            throws InterruptedException {
        long start = System.nanoTime();
        Flow flow = FlowWaits.await(platform, flowId, FLOW_WAIT, condition);
        System.out.printf("After reopening, the flow %s in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return flow;
    }

    /** Every step that had passed when the process died has exactly the transitions it had then. */
    private static void assertNotRunAgain(Killed killed, Map<String, Integer> after, List<String> settled) {
        for (String step : settled) {
            assertThat(after.get(step)).as("transitions of %s", step).isEqualTo(killed.transitions().get(step));
        }
    }

    /** How many transitions each step of the flow has had, read from the data folder while no engine has it open. */
    private Map<String, Integer> transitions(String flowId) {
        try (Database database = Database.h2File(data())) {
            Map<String, Integer> counts = new HashMap<>();
            database.read(c -> Sql.list(c, "SELECT step_id, COUNT(*) AS n FROM flow_transition WHERE flow_id = ?"
                    + " AND step_id IS NOT NULL GROUP BY step_id", row -> counts.put(row.getString("step_id"),
                    row.getInt("n")), flowId));
            return counts;
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

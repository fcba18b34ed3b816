package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.ChildJvm;
import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow killed with SIGKILL at every step boundary in turn, one engine process after another on the same data
 * folder: while each step runs, right after each step passed (the flow paused while the step ran, so nothing
 * after it starts, the last step included), and while the approval waits. Each process resumes the flow where the
 * last one died. At the end the flow has succeeded, and no step ran more often than the kills made it: a step
 * killed while running runs once more, and a step that had passed never runs again.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FlowBoundaryCrashTest {
    private static final Duration STARTUP = Duration.ofMinutes(2);
    /** The steps that run an action, in the order the flow takes them. */
    private static final List<String> HELD = List.of("gate", "stage", "test", "promote");
    private static final FlowDefinition CHAIN = new FlowDefinition("chain", "Chain", null, List.of(
            new FlowStep("gate", null, StepKind.GATE, "hold", Map.of()),
            new FlowStep("stage", null, StepKind.ACTION, "hold", Map.of()),
            new FlowStep("test", null, StepKind.WAIT, "hold", Map.of()),
            new FlowStep("approval", null, StepKind.APPROVAL, null, Map.of()),
            new FlowStep("promote", null, StepKind.ACTION, "hold", Map.of())), List.of(
            new FlowEdge("gate", "stage", EdgeCondition.ON_PASS),
            new FlowEdge("stage", "test", EdgeCondition.ON_PASS),
            new FlowEdge("test", "approval", EdgeCondition.ON_PASS),
            new FlowEdge("approval", "promote", EdgeCondition.ON_PASS)), Map.of());

    @TempDir
    Path directory;

    /**
     * One engine process on the data folder {@code args[0]}: starts the chain flow when there is none, resumes it
     * when paused, approves it (as someone other than its starter) when it waits for approval, and prints each
     * change it hears ("changed STEP STEP_STATE FLOW_STATE"). Each run of a held step is appended to the folder's
     * {@code runs.log}; a step's first run prints "running STEP" and never ends (the process is killed there); its
     * second run pauses the flow first and then passes, so that the flow stops right after it.
     */
    public static final class Engine {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            Database database = Database.h2File(folder);
            EventLog events = new EventLog(database);
            LocalFlows[] flows = new LocalFlows[1];
            StepActions actions = new StepActions(List.of(new HeldAction(folder,
                    flowId -> flows[0].pauseFlow(flowId, "ann"))));
            events.subscribe(events.latestEventId(), event -> {
                if (event instanceof PlatformEvent.FlowChanged changed) {
                    say("changed " + changed.stepId() + " " + changed.stepState() + " " + changed.flowState());
                }
            });
            flows[0] = new LocalFlows(database, events, new FlowLibrary(List.of(CHAIN), actions), actions,
                    NodeOptions.standalone().withPollInterval(Duration.ofMillis(50)));
            List<Flow> existing = flows[0].flows(1);
            if (existing.isEmpty()) {
                say("started " + flows[0].startFlow(new FlowStart("chain", new FlowSubject("m", 1, null), Map.of()),
                        "ann").id());
            } else if (existing.get(0).state() == FlowState.PAUSED) {
                flows[0].resumeFlow(existing.get(0).id(), "ann");
            } else if (existing.get(0).state() == FlowState.WAITING_FOR_APPROVAL) {
                flows[0].approveFlowStep(existing.get(0).id(), "approval", "bob", "after a crash");
            }
            Thread.sleep(Long.MAX_VALUE);
        }

        static synchronized void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    /** The held step: see {@link Engine}. */
    private record HeldAction(Path folder, Consumer<String> pause) implements StepAction {
        @Override
        public String name() {
            return "hold";
        }

        @Override
        public StepResult run(StepInput input) {
            int run = record(folder, input.stepId());
            if (run == 1) {
                Engine.say("running " + input.stepId());
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            pause.accept(input.flowId());
            return StepResult.passed("passed on run " + run, Map.of());
        }

        /** Appends the step to the runs log and answers how many times it has run, this run included. */
        private static int record(Path folder, String stepId) {
            try {
                Path log = folder.resolve("runs.log");
                Files.writeString(log, stepId + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                return (int) Files.readAllLines(log).stream().filter(stepId::equals).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aFlowKilledAtEveryStepBoundaryResumesEachTimeAndRunsNoPassedStepAgain() throws Exception {
        Path data = Files.createDirectories(directory.resolve("data"));
        Set<String> boundaries = new LinkedHashSet<>();
        String end = null;
        for (int process = 1; end == null && process <= 3 * HELD.size() + 3; process++) {
            try (ChildJvm engine = ChildJvm.start("engine-" + process, directory, Engine.class, List.of("-Xmx256m"),
                    Map.of(), data.toString())) {
                String line = engine.awaitLine("a step boundary or the flow's end", FlowBoundaryCrashTest::boundary,
                        STARTUP);
                if (line.contains("SUCCEEDED") || line.contains("FAILED")) {
                    end = line;
                } else {
                    boundaries.add(line.startsWith("running ") ? line.replace("running ", "while ") + " runs"
                            : line.startsWith("changed approval") ? "while the approval waits"
                            : "right after " + line.split(" ")[1] + " passed");
                    engine.kill();
                }
            }
        }

        assertThat(end).as("the last process saw the flow end").isNotNull().endsWith("SUCCEEDED");
        List<String> expected = new ArrayList<>();
        for (String step : HELD) {
            expected.add("while " + step + " runs");
            expected.add("right after " + step + " passed");
            if (step.equals("test")) {
                expected.add("while the approval waits");
            }
        }
        assertThat(boundaries).containsExactlyElementsOf(expected);
        Map<String, Long> runs = Files.readAllLines(data.resolve("runs.log")).stream()
                .collect(Collectors.groupingBy(step -> step, Collectors.counting()));
        assertThat(runs).as("each step killed once while it ran, then run to its end once")
                .containsExactlyInAnyOrderEntriesOf(HELD.stream().collect(Collectors.toMap(step -> step, step -> 2L)));
    }

    /** A line at which the test kills the process, or the flow's end. */
    private static boolean boundary(String line) {
        return line.startsWith("running ")
                || (line.startsWith("changed ") && line.endsWith(" PASSED PAUSED"))
                || line.startsWith("changed approval WAITING_FOR_APPROVAL")
                || line.endsWith(" SUCCEEDED") || line.endsWith(" FAILED");
    }
}

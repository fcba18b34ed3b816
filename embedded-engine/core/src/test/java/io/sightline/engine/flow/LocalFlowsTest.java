package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.StepState;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a planted definition with fake actions, on an H2 file database. */
class LocalFlowsTest {
    private static final FlowSubject SUBJECT = new FlowSubject("risk", 2, "risk-live");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private Database database;
    private EventLog events;
    private LocalFlows flows;
    private final List<PlatformEvent.FlowChanged> changes = new CopyOnWriteArrayList<>();
    private final AtomicInteger slowRuns = new AtomicInteger();
    private volatile CountDownLatch slowGate = new CountDownLatch(0);

    /** gate → (pass: [a, b] in parallel → join → approval → done) | (fail: rollback). */
    private static final FlowDefinition PLANTED = new FlowDefinition("planted", "Planted", null, List.of(
            new FlowStep("gate", null, StepKind.GATE, "judge", Map.of("value", "${value}")),
            new FlowStep("a", null, StepKind.ACTION, "pass", Map.of()),
            new FlowStep("b", null, StepKind.ACTION, "slow", Map.of()),
            new FlowStep("join", null, StepKind.JOIN, null, Map.of()),
            new FlowStep("approval", null, StepKind.APPROVAL, null, Map.of()),
            new FlowStep("done", null, StepKind.ACTION, "pass", Map.of()),
            new FlowStep("rollback", null, StepKind.ACTION, "rollback", Map.of())), List.of(
            new FlowEdge("gate", "a", EdgeCondition.ON_PASS), new FlowEdge("gate", "b", EdgeCondition.ON_PASS),
            new FlowEdge("a", "join", EdgeCondition.ON_PASS), new FlowEdge("b", "join", EdgeCondition.ON_PASS),
            new FlowEdge("join", "approval", EdgeCondition.ON_PASS),
            new FlowEdge("approval", "done", EdgeCondition.ON_PASS),
            new FlowEdge("gate", "rollback", EdgeCondition.ON_FAIL),
            new FlowEdge("approval", "rollback", EdgeCondition.ON_FAIL)), Map.of("value", "1"));

    private StepAction action(String name, java.util.function.Function<StepInput, StepResult> body) {
        return new StepAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public StepResult run(StepInput input) {
                return body.apply(input);
            }
        };
    }

    private void open() {
        database = Database.h2File(folder);
        events = new EventLog(database);
        events.subscribe(0, e -> {
            if (e instanceof PlatformEvent.FlowChanged changed) {
                changes.add(changed);
            }
        });
        StepActions actions = new StepActions(List.of(
                action("judge", in -> StepResult.judged(List.of(GateMeasure.judge("value", in.number("value"),
                        Comparison.GREATER_OR_EQUAL, 1)), Map.of())),
                action("pass", in -> StepResult.passed("done", Map.of("ran", in.stepId()))),
                action("slow", in -> {
                    slowRuns.incrementAndGet();
                    try {
                        slowGate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted");
                    }
                    return StepResult.passed("slow done", Map.of());
                }),
                action("rollback", in -> StepResult.passed("rolled back: " + in.failures(),
                        Map.of("reason", String.join(" ", in.failures()))))));
        flows = new LocalFlows(database, events, new FlowLibrary(List.of(PLANTED), actions), actions,
                NodeOptions.standalone().withPollInterval(Duration.ofMillis(100)));
    }

    private void close() {
        flows.close();
        events.close();
        database.close();
    }

    @AfterEach
    void tearDown() {
        slowGate.countDown();
        if (flows != null) {
            close();
        }
    }

    private Flow await(String flowId, Predicate<Flow> condition) throws InterruptedException {
        return FlowWaits.await(flows, flowId, WAIT, condition);
    }

    private Flow start(String value) {
        return flows.startFlow(new FlowStart("planted", SUBJECT, Map.of("value", value)), "ann");
    }

    @Test
    void passBranchRunsParallelStepsJoinsAndWaitsForAnotherPersonsApproval() throws Exception {
        open();
        Flow flow = start("2");
        flow = await(flow.id(), f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        assertThat(flow.step("gate").measures()).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(2.0))
                .satisfies(m -> assertThat(m.threshold()).isEqualTo(1.0));
        assertThat(flow.step("a").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("b").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("join").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);

        String id = flow.id();
        assertThatThrownBy(() -> flows.approveFlowStep(id, "approval", "ann", "looks fine"))
                .hasMessageContaining("ann started this flow, so someone else must approve it");
        flows.approveFlowStep(id, "approval", "bob", "checked the gates");

        flow = await(id, f -> f.state().ended());
        assertThat(flow.state()).isEqualTo(FlowState.SUCCEEDED);
        assertThat(flow.step("approval").decidedBy()).isEqualTo("bob");
        assertThat(flow.step("done").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("rollback").state()).isEqualTo(StepState.SKIPPED);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.stepId()).isEqualTo("approval");
            assertThat(c.stepState()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
            assertThat(c.flowState()).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
        });
    }

    @Test
    void anApprovalDecidedByARuleTheEngineDoesNotKnowIsRefusedWhenTheEngineOpens() {
        database = Database.h2File(folder);
        events = new EventLog(database);
        StepActions actions = new StepActions(List.of(action("pass", in -> StepResult.passed("done", Map.of()))));
        FlowDefinition unknownRule = new FlowDefinition("asks-nobody", "Asks nobody", null, List.of(
                new FlowStep("approval", null, StepKind.APPROVAL, null, Map.of("approvers", "the-board")),
                new FlowStep("done", null, StepKind.ACTION, "pass", Map.of())),
                List.of(new FlowEdge("approval", "done", EdgeCondition.ON_PASS)), Map.of());

        assertThatThrownBy(() -> new LocalFlows(database, events, new FlowLibrary(List.of(unknownRule), actions),
                actions, NodeOptions.standalone()))
                .hasMessageContaining("'the-board', a rule this engine does not know");
        events.close();
        database.close();
    }

    @Test
    void aFailedGateTakesTheRollbackBranchAndRecordsWhy() throws Exception {
        open();
        Flow flow = await(start("0.5").id(), f -> f.state().ended());
        assertThat(flow.state()).isEqualTo(FlowState.FAILED);
        assertThat(flow.step("gate").state()).isEqualTo(StepState.FAILED);
        assertThat(flow.step("gate").measures()).singleElement().satisfies(m -> assertThat(m.passed()).isFalse());
        assertThat(flow.step("a").state()).isEqualTo(StepState.SKIPPED);
        assertThat(flow.step("join").state()).isEqualTo(StepState.SKIPPED);
        assertThat(flow.step("rollback").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("rollback").outputs().get("reason")).contains("value 0.5 is not >= 1");
        assertThat(flow.message()).contains("failed").contains("Then: rollback");
    }

    @Test
    void aRejectionFollowsTheFailureEdge() throws Exception {
        open();
        String id = start("2").id();
        await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        assertThatThrownBy(() -> flows.rejectFlowStep(id, "approval", "bob", " ")).hasMessageContaining("Say why");
        flows.rejectFlowStep(id, "approval", "bob", "not this week");
        Flow flow = await(id, f -> f.state().ended());
        assertThat(flow.step("approval").state()).isEqualTo(StepState.FAILED);
        assertThat(flow.step("rollback").outputs().get("reason")).contains("not this week");
        assertThat(flow.step("done").state()).isEqualTo(StepState.SKIPPED);
    }

    @Test
    void pauseStopsNewStepsResumeGoesOnAndAbortEndsTheFlow() throws Exception {
        slowGate = new CountDownLatch(1);
        open();
        String id = start("2").id();
        await(id, f -> f.step("b").state() == StepState.RUNNING);
        flows.pauseFlow(id, "ann");
        slowGate.countDown();
        Flow paused = await(id, f -> f.step("b").state() == StepState.PASSED);
        assertThat(paused.state()).isEqualTo(FlowState.PAUSED);
        assertThat(paused.step("join").state()).isEqualTo(StepState.PENDING);

        flows.resumeFlow(id, "ann");
        await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        Flow aborted = flows.abortFlow(id, "ann", "wrong model");
        assertThat(aborted.state()).isEqualTo(FlowState.ABORTED);
        assertThat(aborted.message()).contains("wrong model");
        assertThat(aborted.step("approval").state()).isEqualTo(StepState.SKIPPED);
        assertThatThrownBy(() -> flows.resumeFlow(id, "ann")).hasMessageContaining("aborted");
    }

    @Test
    void aFlowClosedWhileAStepRunsRunsThatStepAgainWhenReopened() throws Exception {
        slowGate = new CountDownLatch(1);
        open();
        String id = start("2").id();
        await(id, f -> f.step("b").state() == StepState.RUNNING);
        close();
        flows = null;

        slowGate.countDown();
        open();
        Flow flow = await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        assertThat(flow.step("gate").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("b").state()).isEqualTo(StepState.PASSED);
        assertThat(slowRuns.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFlowClosedWhileWaitingForApprovalStillWaitsWhenReopened() throws Exception {
        open();
        String id = start("2").id();
        await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        close();
        flows = null;

        open();
        assertThat(flows.flow(id).step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
        flows.approveFlowStep(id, "approval", "bob", null);
        assertThat(await(id, f -> f.state().ended()).state()).isEqualTo(FlowState.SUCCEEDED);
    }
}

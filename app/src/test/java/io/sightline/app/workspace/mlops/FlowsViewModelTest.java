package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.fakes.ScriptedCapacity;
import io.sightline.app.fakes.ScriptedFlows;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlowsViewModelTest {
    private final MlopsPlatform platform = new MlopsPlatform();
    private final ScriptedFlows engine = platform.flows;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FlowsViewModel viewModel = new FlowsViewModel(engine, platform, platform, platform.capacity,
            new CurrentThreadTaskExecutor(), new UiTiming(scheduler, scheduler.now::get, () -> MlopsRecords.NOW), "erin");

    /** Lets the UI thread run what is due, a while after the last time. */
    private void runUi() {
        scheduler.now.addAndGet(FlowsViewModel.MIN_RELOAD_INTERVAL_MILLIS);
        scheduler.runPending();
    }

    private FlowParameter parameter(String name) {
        return viewModel.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private String started() {
        viewModel.start();
        runUi();
        return viewModel.flowProperty().get().id();
    }

    private StepState stateOf(String stepId) {
        return viewModel.flowProperty().get().step(stepId).state();
    }

    @BeforeEach
    void follow() {
        platform.listener = event -> {
            if (event instanceof PlatformEvent.FlowChanged changed) {
                viewModel.onEvent(changed);
            }
        };
        viewModel.refresh();
        runUi();
    }

    @Test
    void theFormOpensOnTheFirstDefinitionWithItsDefaultsAndTheNewestVersion() {
        assertThat(viewModel.definitionProperty().get().id()).isEqualTo("release");
        assertThat(viewModel.parameters()).extracting(FlowParameter::name, FlowParameter::defaultValue,
                p -> p.valueProperty().get()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("loadRate", "50", "50"),
                org.assertj.core.groups.Tuple.tuple("minMetric", "0.7", "0.7"));
        assertThat(viewModel.modelProperty().get()).isEqualTo(MlopsRecords.MODEL);
        assertThat(viewModel.versions()).containsExactly(3, 2, 1);
        assertThat(viewModel.versionProperty().get()).isEqualTo(3);
        assertThat(viewModel.deploymentProperty().get()).as("the deployment serving the model")
                .isEqualTo(MlopsRecords.DEPLOYMENT);
        assertThat(viewModel.canStartProperty().get()).isTrue();
    }

    @Test
    void aVersionRegisteredMeanwhileComesIntoTheFormNewestFirst() {
        platform.registered.add(MlopsRecords.version(4));

        viewModel.onModelRegistered();
        runUi();

        assertThat(viewModel.versions()).containsExactly(4, 3, 2, 1);
        assertThat(viewModel.versionProperty().get()).isEqualTo(4);
    }

    @Test
    void anImportWorksOnTheNextVersionOfAKnownModelOrOnVersionOneOfANewNameTypedIn() {
        viewModel.definitionProperty().set(MlopsRecords.importing());
        runUi();

        assertThat(viewModel.registersItsSubjectProperty().get()).isTrue();
        assertThat(viewModel.versions()).as("the version the import will register").containsExactly(4);
        assertThat(viewModel.versionProperty().get()).isEqualTo(4);

        viewModel.modelProperty().set("chargeback-onnx");
        runUi();
        assertThat(viewModel.versions()).containsExactly(1);
        viewModel.refresh(); // the choices read again keep the name typed
        runUi();
        assertThat(viewModel.modelProperty().get()).isEqualTo("chargeback-onnx");
        parameter("file").valueProperty().set("/models/chargeback.onnx");
        started();

        assertThat(engine.calls).singleElement().satisfies(call -> assertThat(call.start().subject())
                .isEqualTo(new FlowSubject("chargeback-onnx", 1, MlopsRecords.DEPLOYMENT)));
    }

    @Test
    void backOnAReleaseTheFormOffersTheVersionsThatExistAgain() {
        viewModel.definitionProperty().set(MlopsRecords.importing());
        runUi();
        viewModel.definitionProperty().set(MlopsRecords.release());
        runUi();

        assertThat(viewModel.registersItsSubjectProperty().get()).isFalse();
        assertThat(viewModel.versions()).containsExactly(3, 2, 1);
    }

    @Test
    void aFileChosenForAParameterIsUploadedAndPassedByItsIdWhenTheFlowStarts() {
        Path model = Path.of("exports", "risk.onnx");
        parameter("loadRate").choose(model);
        assertThat(parameter("loadRate").valueProperty().get()).isEqualTo(model.toAbsolutePath().toString());

        started();

        assertThat(platform.uploads).containsExactly(model.toAbsolutePath());
        assertThat(engine.calls).singleElement().satisfies(call ->
                assertThat(call.start().parameters()).containsExactly(Map.entry("loadRate", "uploaded-risk.onnx")));
    }

    @Test
    void aChosenFileWhoseValueWasTypedOverIsNotUploaded() {
        parameter("loadRate").choose(Path.of("risk.onnx"));
        parameter("loadRate").valueProperty().set("75");

        started();

        assertThat(platform.uploads).isEmpty();
        assertThat(engine.calls).singleElement().satisfies(call ->
                assertThat(call.start().parameters()).containsExactly(Map.entry("loadRate", "75")));
    }

    @Test
    void startSendsTheFlowStartWithTheEditedParametersAsTheUser() {
        parameter("minMetric").valueProperty().set("0.95");
        viewModel.versionProperty().set(2);

        started();

        assertThat(engine.calls).singleElement().satisfies(call -> {
            assertThat(call.what()).isEqualTo("start");
            assertThat(call.by()).isEqualTo("erin");
            assertThat(call.start()).isEqualTo(new FlowStart("release",
                    new FlowSubject(MlopsRecords.MODEL, 2, MlopsRecords.DEPLOYMENT), Map.of("minMetric", "0.95")));
        });
        assertThat(viewModel.flowProperty().get().parameters()).containsEntry("minMetric", "0.95")
                .containsEntry("loadRate", "50");
        assertThat(viewModel.flows()).extracting(FlowRow::definition, FlowRow::subject, FlowRow::state,
                FlowRow::startedBy).containsExactly(org.assertj.core.groups.Tuple.tuple("Release a new version",
                "seller-risk v2 → checkout-risk", "Running", "erin"));
    }

    @Test
    void aFormTheEnginesRecordsRefuseShowsTheirWordsAndStartsNothing() {
        viewModel.versionProperty().set(null);

        assertThat(viewModel.startProperty().get()).isNull();
        assertThatThrownBy(() -> new FlowSubject(MlopsRecords.MODEL, 0, null))
                .hasMessage(viewModel.problemProperty().get());
        viewModel.start();
        assertThat(engine.calls).isEmpty();
    }

    @Test
    void aRefusedStartShowsTheEnginesWordsAndKeepsTheForm() {
        parameter("loadRate").valueProperty().set("lots");
        engine.failNext(PlatformException.invalid("The parameter loadRate of the step 'load-test' is a number; got 'lots'."));

        viewModel.start();
        runUi();

        assertThat(viewModel.errorProperty().get())
                .isEqualTo("The parameter loadRate of the step 'load-test' is a number; got 'lots'.");
        assertThat(viewModel.flowProperty().get()).isNull();
        assertThat(parameter("loadRate").valueProperty().get()).isEqualTo("lots");
        assertThat(viewModel.canStartProperty().get()).isTrue();
    }

    @Test
    void eventsMoveTheStepsInTheOrderTheEngineMovedThem() {
        String id = started();
        List<StepState> gateSeen = new ArrayList<>();
        viewModel.flowProperty().addListener((obs, old, now) -> {
            StepState state = now.step("metric-gate").state();
            if (gateSeen.isEmpty() || gateSeen.get(gateSeen.size() - 1) != state) {
                gateSeen.add(state);
            }
        });

        engine.step(id, "register", StepState.RUNNING);
        runUi();
        assertThat(stateOf("register")).isEqualTo(StepState.RUNNING);
        engine.step(id, "register", StepState.PASSED);
        engine.step(id, "metric-gate", StepState.RUNNING);
        runUi();
        assertThat(stateOf("register")).isEqualTo(StepState.PASSED);
        engine.step(id, "metric-gate", StepState.FAILED, "auc 0.62 is under 0.7.",
                List.of(GateMeasure.judge("auc", 0.62, Comparison.GREATER_OR_EQUAL, 0.7)), Map.of());
        engine.step(id, "rollback", StepState.PASSED);
        engine.end(id, FlowState.FAILED, "metric-gate failed. Then: rollback.");
        runUi();

        assertThat(gateSeen).containsExactly(StepState.PENDING, StepState.RUNNING, StepState.FAILED);
        assertThat(stateOf("rollback")).isEqualTo(StepState.PASSED);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Failed. metric-gate failed. Then: rollback.");
        assertThat(viewModel.flows().get(0).state()).isEqualTo("Failed");
        assertThat(viewModel.canAbortProperty().get()).isFalse();
    }

    @Test
    void whileAFlowRunsThePollReadsItEvenWhenItsEventIsLost() {
        String id = started();
        platform.listener = null;
        engine.step(id, "register", StepState.PASSED);
        runUi();
        assertThat(stateOf("register")).isEqualTo(StepState.PENDING);

        viewModel.poll();
        runUi();
        assertThat(stateOf("register")).isEqualTo(StepState.PASSED);
    }

    @Test
    void theDetailsOfTheChosenStepShowItsMeasuresAsValueAgainstThreshold() {
        String id = started();
        engine.step(id, "metric-gate", StepState.FAILED, "auc 0.62 is under 0.7.",
                List.of(GateMeasure.judge("auc", 0.62, Comparison.GREATER_OR_EQUAL, 0.7),
                        GateMeasure.judge("rows", 150, Comparison.GREATER_OR_EQUAL, 100)), Map.of("auc", "0.62"));
        runUi();

        viewModel.selectedStepProperty().set("metric-gate");

        FlowStepDetails details = viewModel.detailsProperty().get();
        assertThat(details.title()).isEqualTo("Metric threshold · Gate");
        assertThat(details.state()).isEqualTo("Failed");
        assertThat(details.message()).isEqualTo("auc 0.62 is under 0.7.");
        assertThat(details.measures()).containsExactly("auc: 0.62 vs ≥ 0.7 (failed)", "rows: 150 vs ≥ 100 (passed)");
        assertThat(details.inputs()).containsExactly("minimum = ${minMetric}");
        assertThat(details.outputs()).containsExactly("auc = 0.62");
        assertThat(FlowWording.caption(viewModel.flowProperty().get().step("metric-gate")))
                .isEqualTo("auc 0.62, not ≥ 0.7");
        assertThat(details.loadTest()).isNull();
    }

    @Test
    void aStepThatRanALoadTestShowsItsPointsReadThroughCapacity() {
        String id = started();
        CapacityTest test = new CapacityTest("load-7", MlopsRecords.DEPLOYMENT, CapacityViewModelTest.DEFAULT_PLAN,
                CapacityTestState.FINISHED, "erin", ScriptedCapacity.FIRST_START, ScriptedCapacity.FIRST_START,
                List.of(CapacityViewModelTest.step(10, 10, 12)), null);
        platform.capacity.saved(test);
        engine.step(id, "load-test", StepState.PASSED, "Load test load-7 finished.", List.of(),
                Map.of("testId", "load-7"));
        runUi();

        viewModel.selectedStepProperty().set("load-test");
        runUi();

        assertThat(viewModel.detailsProperty().get().loadTest()).isEqualTo(test);
    }

    @Test
    void anApprovalIsDecidedAsTheUserAndTheEnginesRefusalIsShownInItsWords() {
        String id = started();
        engine.step(id, "approval", StepState.WAITING_FOR_APPROVAL);
        runUi();
        viewModel.selectedStepProperty().set("approval");
        assertThat(viewModel.canDecideProperty().get()).isTrue();

        engine.failNext(PlatformException.invalid("erin started this flow, so someone else must approve it."));
        viewModel.reasonProperty().set("gates look fine");
        viewModel.approve();
        runUi();
        assertThat(viewModel.errorProperty().get()).isEqualTo("erin started this flow, so someone else must approve it.");
        assertThat(viewModel.reasonProperty().get()).as("kept for another try").isEqualTo("gates look fine");

        viewModel.reject();
        runUi();
        assertThat(engine.calls).extracting(ScriptedFlows.Call::what, ScriptedFlows.Call::stepId,
                ScriptedFlows.Call::by, ScriptedFlows.Call::reason).endsWith(
                org.assertj.core.groups.Tuple.tuple("approve", "approval", "erin", "gates look fine"),
                org.assertj.core.groups.Tuple.tuple("reject", "approval", "erin", "gates look fine"));
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(stateOf("approval")).isEqualTo(StepState.FAILED);
        assertThat(viewModel.canDecideProperty().get()).isFalse();
    }

    @Test
    void pauseResumeAndAbortCallTheEngineAndAnAbortItRefusesSaysWhy() {
        String id = started();
        assertThat(viewModel.canResumeProperty().get()).isFalse();

        viewModel.pause();
        runUi();
        assertThat(viewModel.flowProperty().get().state()).isEqualTo(FlowState.PAUSED);
        assertThat(viewModel.canResumeProperty().get()).isTrue();
        viewModel.resume();
        runUi();
        assertThat(viewModel.flowProperty().get().state()).isEqualTo(FlowState.RUNNING);

        engine.failNext(PlatformException.invalid("Say why you abort the flow."));
        viewModel.abort();
        runUi();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Say why you abort the flow.");
        assertThat(viewModel.flowProperty().get().state()).isEqualTo(FlowState.RUNNING);

        viewModel.reasonProperty().set("wrong version");
        viewModel.abort();
        runUi();
        assertThat(engine.calls).extracting(ScriptedFlows.Call::what, ScriptedFlows.Call::flowId,
                ScriptedFlows.Call::by, ScriptedFlows.Call::reason).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("pause", id, "erin", null),
                org.assertj.core.groups.Tuple.tuple("resume", id, "erin", null),
                org.assertj.core.groups.Tuple.tuple("abort", id, "erin", "wrong version"));
        assertThat(viewModel.flowProperty().get().state()).isEqualTo(FlowState.ABORTED);
        assertThat(viewModel.canAbortProperty().get()).isFalse();
    }
}

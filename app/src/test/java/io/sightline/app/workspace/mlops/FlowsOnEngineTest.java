package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.WorkspaceOnStage;
import io.sightline.app.controls.StepState;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.controls.WorkflowGraph;
import io.sightline.app.shell.DataOrigin;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flows page on the embedded engine: flow 1 started from the page on a trained iris model with a threshold
 * its AUC cannot reach, its diagram moved only by the engine's events — the metric gate fails and the rollback
 * branch runs.
 */
@ExtendWith(ApplicationExtension.class)
class FlowsOnEngineTest {
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");

    @TempDir
    static Path directory;

    private static LocalPlatform platform;

    private WorkspaceOnStage<MlopsWorkspace> screen;

    /** Each state the diagram was told, step by step, in the order it was told. */
    private record Shown(String stepId, StepState state) {
    }

    @BeforeAll
    static void trainIris() throws IOException {
        platform = LocalPlatform.open(directory.resolve("data"));
        Path csv = directory.resolve("iris.csv");
        try (InputStream in = FlowsOnEngineTest.class.getResourceAsStream("/io/sightline/assets/datasets/iris.csv")) {
            Files.copy(in, csv);
        }
        DatasetInfo iris = platform.importDataset("iris", csv);
        TrainingJob job = platform.startTraining(TrainingRequest.of(iris.id(), "class", "iris-species")
                .withBudget(Duration.ofSeconds(30)));
        assertThat(platform.awaitTraining(job.id(), Duration.ofMinutes(5)).state()).isEqualTo(JobState.SUCCEEDED);
    }

    @AfterAll
    static void closePlatform() {
        platform.close();
    }

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceOnStage<>(stage, tasks -> new MlopsWorkspace(platform, tasks, DataOrigin.OWN));
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void theDiagramFollowsTheEnginesEventsToTheFailedGateAndTheRollback(FxRobot robot) throws TimeoutException {
        TabPane tabs = robot.lookup("#mlops-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "flows-tab".equals(tab.getId())).findFirst().orElseThrow()));
        WorkflowDiagram diagram = robot.lookup("#flow-diagram").queryAs(WorkflowDiagram.class);
        List<Shown> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> diagram.getStates().addListener((MapChangeListener<String, StepState>) change -> {
            if (change.wasAdded()) {
                shown.add(new Shown(change.getKey(), change.getValueAdded()));
            }
        }));
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#flow-version").queryComboBox().getValue() != null);
        robot.interact(() -> robot.lookup("#flow-parameters").queryAs(TitledPane.class).setExpanded(true));
        TextField minimum = robot.lookup("#flow-parameter-minMetric").queryAs(TextField.class);

        robot.interact(() -> minimum.setText("1.01"));
        robot.interact(() -> robot.lookup("#flow-start").queryAs(Button.class).fire());

        waitLong(() -> screen.workspace().viewModel().flows().flowProperty().get() != null
                && screen.workspace().viewModel().flows().flowProperty().get().state().ended());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(screen.workspace().viewModel().flows().flowProperty().get().state()).isEqualTo(FlowState.FAILED);
        assertInOrder(shown, "register", StepState.PASSED);
        assertInOrder(shown, "metric-gate", StepState.FAILED);
        assertInOrder(shown, "rollback", StepState.PASSED);
        assertThat(shown).contains(new Shown("gates-passed", StepState.SKIPPED), new Shown("canary", StepState.SKIPPED));
        assertThat(shown.indexOf(new Shown("register", StepState.PASSED)))
                .isLessThan(shown.indexOf(new Shown("metric-gate", StepState.FAILED)));
        assertThat(shown.indexOf(new Shown("metric-gate", StepState.FAILED)))
                .isLessThan(shown.indexOf(new Shown("rollback", StepState.PASSED)));

        assertThat(node(robot, "register").getPseudoClassStates()).contains(StepState.PASSED.pseudoClass());
        assertThat(node(robot, "metric-gate").getPseudoClassStates()).contains(StepState.FAILED.pseudoClass());
        assertThat(node(robot, "gates-passed").getPseudoClassStates()).contains(StepState.SKIPPED.pseudoClass());
        assertThat(node(robot, "rollback").getPseudoClassStates()).contains(StepState.PASSED.pseudoClass());
        assertThat(diagram.getCaption("metric-gate")).startsWith("auc ").endsWith(", not ≥ 1.01");
        Node failedEdge = robot.lookup("." + WorkflowDiagram.EDGE_CLASS).queryAll().stream()
                .filter(n -> new WorkflowGraph.Edge("metric-gate", "rollback", FlowDiagrams.FAILED_LABEL)
                        .equals(n.getProperties().get(WorkflowDiagram.EDGE_KEY)))
                .findFirst().orElseThrow();
        assertThat(failedEdge.getPseudoClassStates()).contains(TAKEN);
    }

    @Test
    void anImportTakesANewModelNameTypedInAndNamesItsFirstVersion(FxRobot robot) throws TimeoutException {
        TabPane tabs = robot.lookup("#mlops-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "flows-tab".equals(tab.getId())).findFirst().orElseThrow()));
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#flow-version").queryComboBox().getValue() != null);
        ComboBox<FlowDefinition> definitions = robot.lookup("#flow-definition").queryComboBox();
        ComboBox<String> model = robot.lookup("#flow-model").queryComboBox();
        ComboBox<Integer> version = robot.lookup("#flow-version").queryComboBox();
        assertThat(model.isEditable()).as("a release works on a model that exists").isFalse();

        robot.interact(() -> definitions.setValue(definitions.getItems().stream()
                .filter(d -> d.id().equals("external-import")).findFirst().orElseThrow()));
        assertThat(model.isEditable()).isTrue();
        assertThat(version.isDisabled()).as("the import registers the next version").isTrue();
        WorkspaceOnStage.waitUntil(() -> Integer.valueOf(2).equals(version.getValue()));

        robot.clickOn(model.getEditor());
        robot.interact(() -> model.getEditor().selectAll());
        robot.write("iris-onnx").type(KeyCode.ENTER);

        WorkspaceOnStage.waitUntil(() -> Integer.valueOf(1).equals(version.getValue()));
        // the choices read again (as when a version is registered anywhere) keep what the form has chosen
        robot.interact(() -> screen.workspace().viewModel().flows().refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definitions.getValue().id()).isEqualTo("external-import");
        assertThat(model.getValue()).isEqualTo("iris-onnx");
        FlowStart start = screen.workspace().viewModel().flows().startProperty().get();
        assertThat(start.definition()).isEqualTo("external-import");
        assertThat(start.subject().model()).isEqualTo("iris-onnx");
        assertThat(start.subject().version()).isEqualTo(1);
    }

    /** The states the step was shown only move forward — pending, running, then its outcome — and end there. */
    private static void assertInOrder(List<Shown> shown, String stepId, StepState outcome) {
        List<StepState> states = shown.stream().filter(s -> s.stepId().equals(stepId)).map(Shown::state)
                .distinct().toList();
        assertThat(states).as("the states %s was shown", stepId).isNotEmpty()
                .isSubsetOf(StepState.PENDING, StepState.RUNNING, outcome).last().isEqualTo(outcome);
        assertThat(List.of(StepState.PENDING, StepState.RUNNING, outcome)).containsSubsequence(states);
    }

    private static Node node(FxRobot robot, String stepId) {
        return robot.lookup("." + WorkflowDiagram.STEP_CLASS).queryAll().stream()
                .filter(n -> stepId.equals(n.getProperties().get(WorkflowDiagram.STEP_ID_KEY)))
                .findFirst().orElseThrow();
    }

    /** The engine runs four gates on a real model: allow it more than the usual wait. */
    private static void waitLong(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}

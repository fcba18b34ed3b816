package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WorkflowDiagramTest {
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    private static final PseudoClass UNTAKEN = PseudoClass.getPseudoClass("untaken");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private WorkflowDiagram diagram;

    @Start
    void start(Stage stage) {
        // The console always runs on an AtlantaFX theme; the diagram uses its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        diagram = new WorkflowDiagram();
        diagram.setGraph(SampleFlows.release());
        stage.setScene(new Scene(new StackPane(diagram), 1280, 480));
        stage.show();
    }

    @Test
    void placesEveryStepRightOfTheStepsBeforeItAndNoTwoStepsOverlap(FxRobot robot) {
        assertLaidOut(SampleFlows.release());
    }

    @Test
    void aNewGraphIsLaidOutAfreshKeepingTheStatesOfTheStepsItStillHas(FxRobot robot) {
        WorkflowGraph small = WorkflowGraph.of(List.of(new Step("start", "Start", StepKind.START),
                new Step("train", "Train", StepKind.ACTION), new Step("end", "End", StepKind.END)),
                List.of(new Edge("start", "train"), new Edge("train", "end")));
        robot.interact(() -> {
            diagram.setState("start", StepState.PASSED);
            diagram.setState("quality", StepState.RUNNING);
            diagram.setSelectedStep("quality");
            diagram.setGraph(small);
        });

        assertThat(steps().keySet()).containsExactly("start", "train", "end");
        assertLaidOut(small);
        assertThat(diagram.getStates()).containsOnlyKeys("start");
        assertThat(diagram.getSelectedStep()).isNull();
        assertThat(steps().get("start").getPseudoClassStates()).contains(StepState.PASSED.pseudoClass());

        robot.interact(() -> diagram.setGraph(SampleFlows.release()));
        assertThat(steps()).hasSize(12);
        assertLaidOut(SampleFlows.release());
    }

    @Test
    void showsTheStatesSetOnTheStepInTheOrderSetWithoutRebuildingTheScene(FxRobot robot) {
        Node quality = steps().get("quality");
        List<Node> before = List.copyOf(canvas().getChildrenUnmodifiable());
        List<PseudoClass> seen = new ArrayList<>();
        robot.interact(() -> quality.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) change -> {
            if (change.wasAdded() && stateClasses().contains(change.getElementAdded())) {
                seen.add(change.getElementAdded());
            }
        }));

        robot.interact(() -> {
            diagram.setState("quality", StepState.RUNNING);
            diagram.setState("quality", StepState.WAITING);
            diagram.setState("quality", StepState.PASSED);
            diagram.setCaption("quality", "AUC 0.91 ≥ 0.85");
        });

        assertThat(seen).containsExactly(StepState.RUNNING.pseudoClass(), StepState.WAITING.pseudoClass(),
                StepState.PASSED.pseudoClass());
        assertThat(quality.getPseudoClassStates()).filteredOn(stateClasses()::contains)
                .containsExactly(StepState.PASSED.pseudoClass());
        assertThat(texts(quality)).contains("Passed", "Quality gate", "AUC 0.91 ≥ 0.85");
        assertThat(quality.getAccessibleText()).isEqualTo("Quality gate, Gate · Passed, AUC 0.91 ≥ 0.85");
        assertThat(steps().get("quality")).isSameAs(quality);
        assertThat(canvas().getChildrenUnmodifiable()).containsExactlyElementsOf(before);
    }

    @Test
    void highlightsTheBranchTakenAndDimsTheBranchNotTaken(FxRobot robot) {
        assertThat(edge("quality", "canary").getPseudoClassStates()).doesNotContain(TAKEN, UNTAKEN);

        robot.interact(() -> {
            diagram.setState("quality", StepState.PASSED);
            diagram.setState("canary", StepState.RUNNING);
            diagram.setState("notify", StepState.SKIPPED);
        });

        Node taken = edge("quality", "canary");
        Node untaken = edge("quality", "notify");
        assertThat(taken.getPseudoClassStates()).contains(TAKEN).doesNotContain(UNTAKEN);
        assertThat(untaken.getPseudoClassStates()).contains(UNTAKEN).doesNotContain(TAKEN);
        assertThat(line(untaken).getStrokeDashArray()).as("the branch not taken is dashed").isNotEmpty();
        assertThat(line(taken).getStrokeDashArray()).isEmpty();
        assertThat(line(taken).getStrokeWidth()).isGreaterThan(line(untaken).getStrokeWidth());
        assertThat(edge("notify", "end").getPseudoClassStates()).as("after a skipped step").contains(UNTAKEN);
        assertThat(edge("canary", "soak").getPseudoClassStates()).as("the canary still runs")
                .doesNotContain(TAKEN, UNTAKEN);
    }

    @Test
    void aClickOrTheKeyboardSelectsAStep(FxRobot robot) {
        robot.clickOn(steps().get("quality"));

        assertThat(diagram.getSelectedStep()).isEqualTo("quality");
        assertThat(steps().get("quality").getPseudoClassStates()).contains(SELECTED);

        robot.type(KeyCode.LEFT);
        assertThat(diagram.getSelectedStep()).isEqualTo("validate");
        assertThat(steps().get("quality").getPseudoClassStates()).doesNotContain(SELECTED);
        assertThat(steps().get("validate").isFocused()).isTrue();

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(diagram.getSelectedStep()).as("a step right after the quality gate").isIn("canary", "signoff", "notify");

        robot.type(KeyCode.ESCAPE);
        assertThat(diagram.getSelectedStep()).isNull();
    }

    @Test
    void refusesAStateOrCaptionForAStepNotInTheFlow(FxRobot robot) {
        assertThatThrownBy(() -> diagram.setState("deploy", StepState.RUNNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no step 'deploy' in the flow shown.");
        assertThatThrownBy(() -> diagram.setCaption("deploy", "soon"))
                .hasMessage("There is no step 'deploy' in the flow shown.");
        assertThat(diagram.getStates()).isEmpty();
        assertThat(diagram.getState("quality")).isEqualTo(StepState.PENDING);
    }

    /** Each step's box lies right of the boxes of the steps that lead to it, and no two boxes meet. */
    private void assertLaidOut(WorkflowGraph graph) {
        Map<String, Bounds> boxes = new LinkedHashMap<>();
        steps().forEach((id, node) -> boxes.put(id, node.getBoundsInParent()));
        assertThat(boxes).containsOnlyKeys(graph.steps().stream().map(Step::id).toArray(String[]::new));
        for (Edge edge : graph.edges()) {
            assertThat(boxes.get(edge.from()).getMaxX()).as(edge.from() + " before " + edge.to())
                    .isLessThan(boxes.get(edge.to()).getMinX());
        }
        List<String> ids = List.copyOf(boxes.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                assertThat(boxes.get(ids.get(i)).intersects(boxes.get(ids.get(j))))
                        .as(ids.get(i) + " and " + ids.get(j) + " overlap").isFalse();
            }
        }
    }

    private Map<String, Node> steps() {
        Map<String, Node> steps = new LinkedHashMap<>();
        diagram.lookupAll("." + WorkflowDiagram.STEP_CLASS)
                .forEach(node -> steps.put((String) node.getProperties().get(WorkflowDiagram.STEP_ID_KEY), node));
        return steps;
    }

    private Parent canvas() {
        return steps().values().iterator().next().getParent();
    }

    private Node edge(String from, String to) {
        return diagram.lookupAll("." + WorkflowDiagram.EDGE_CLASS).stream()
                .filter(node -> node.getProperties().get(WorkflowDiagram.EDGE_KEY) instanceof Edge edge
                        && edge.from().equals(from) && edge.to().equals(to))
                .findFirst().orElseThrow();
    }

    private static Path line(Node edge) {
        return (Path) ((Parent) edge).getChildrenUnmodifiable().getFirst();
    }

    private static List<String> texts(Node step) {
        return step.lookupAll(".label").stream().map(label -> ((Label) label).getText()).toList();
    }

    private static Set<PseudoClass> stateClasses() {
        return Set.of(Arrays.stream(StepState.values()).map(StepState::pseudoClass).toArray(PseudoClass[]::new));
    }
}

package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.WorkspaceOnStage;
import io.sightline.app.controls.CapacityCurveChart;
import io.sightline.app.controls.HistogramChart;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.fakes.ScriptedCapacity;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The MLOps workspace on screen, on a scripted platform whose A/B test gets more traffic with every read. */
@ExtendWith(ApplicationExtension.class)
class MlopsWorkspaceTest {
    private final MlopsPlatform platform = new MlopsPlatform();
    private WorkspaceOnStage<MlopsWorkspace> screen;

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceOnStage<>(stage, tasks -> new MlopsWorkspace(platform.whole(), tasks, DataOrigin.SIMULATED,
                Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    private static int points(FxRobot robot, String chartId) {
        LineChart<?, ?> chart = robot.lookup("#" + chartId).queryAs(LineChart.class);
        return chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
    }

    /** Fills the field {@code id} with {@code text}, wherever the page is scrolled. */
    private static void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void isTheMlopsEngineersWorkspaceAndLabelsItsFiguresSimulated(FxRobot robot) throws TimeoutException {
        assertThat(screen.workspace().persona()).isEqualTo(Persona.MLOPS_ENGINEER);
        WorkspaceOnStage.waitUntil(() -> points(robot, "arm-share-chart") >= 1);
        assertThat(robot.lookup("." + OriginTag.STYLE_CLASS).queryAllAs(Label.class)).isNotEmpty()
                .allMatch(tag -> tag.getText().equals(OriginTag.SIMULATED_TEXT));
    }

    @Test
    void perArmChartsGainPointsAsReportsComeAndTheAbPanelFollows(FxRobot robot) throws TimeoutException {
        WorkspaceOnStage.waitUntil(() -> points(robot, "arm-share-chart") >= 2);
        int seen = points(robot, "arm-latency-chart");
        WorkspaceOnStage.waitUntil(() -> points(robot, "arm-latency-chart") >= seen + 2);

        LineChart<?, ?> share = robot.lookup("#arm-share-chart").queryAs(LineChart.class);
        assertThat(share.getData()).extracting(s -> s.getName()).containsExactly("A", "B");
        assertThat(share.getCreateSymbols()).isFalse();
        assertThat(share.getAnimated()).isFalse();
        assertThat(WorkspaceOnStage.labelText(robot, "#ab-verdict")).isEqualTo("No difference yet: keep the test running.");
        assertThat(WorkspaceOnStage.labelText(robot, "#ab-progress-text")).endsWith("of 4,000 planned per arm");
        assertThat(robot.lookup("#arms-table").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void editAPolicyAndApplyIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("Traffic policy");
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#arm-name-1").tryQuery().isPresent());
        ComboBox<PolicyKind> kind = robot.lookup("#policy-kind").queryComboBox();
        robot.interact(() -> kind.setValue(PolicyKind.SHADOW));
        Button apply = robot.lookup("#apply-policy").queryButton();
        assertThat(apply.isDisabled()).as("no reason yet").isTrue();

        fill(robot, "arm-share-1", "0");
        assertThat(WorkspaceOnStage.labelText(robot, "#policy-problem")).contains("shadow's share");
        fill(robot, "arm-share-1", "0.2");
        fill(robot, "policy-reason", "score v2 beside v3");
        assertThat(WorkspaceOnStage.labelText(robot, "#policy-problem")).isEmpty();
        assertThat(apply.isDisabled()).isFalse();
        robot.interact(apply::fire);

        WorkspaceOnStage.waitUntil(() -> !platform.calls("setPolicy").isEmpty());
        TrafficPolicy set = (TrafficPolicy) platform.calls("setPolicy").get(0).argument();
        assertThat(set).isEqualTo(TrafficPolicy.shadow(3, 2, 0.2));
        assertThat(platform.calls("setPolicy").get(0).reason()).isEqualTo("score v2 beside v3");
    }

    @Test
    void rollBackWithAReason(FxRobot robot) throws TimeoutException {
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#deploy-version-choice").queryComboBox().getValue() != null);
        Button rollback = robot.lookup("#rollback").queryButton();
        assertThat(rollback.isDisabled()).isTrue();
        robot.interact(rollback::fire);
        assertThat(platform.calls("rollback")).isEmpty();

        fill(robot, "rollback-reason", "B loses money");
        assertThat(rollback.isDisabled()).isFalse();
        robot.interact(rollback::fire);

        WorkspaceOnStage.waitUntil(() -> !platform.calls("rollback").isEmpty());
        assertThat(platform.calls("rollback").get(0).reason()).isEqualTo("B loses money");
        WorkspaceOnStage.waitUntil(() -> robot.lookup(".notice").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("rolled back")));
    }

    @Test
    void openTheDriftPage(FxRobot robot) throws TimeoutException {
        robot.clickOn("Drift");
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#drift-table").queryAs(TableView.class).getItems().size() == 2);
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#drift-current-chart").queryAs(HistogramChart.class)
                .getHistogram() != null);

        assertThat(robot.lookup("#drift-reference-chart").queryAs(HistogramChart.class).getHistogram().counts())
                .containsExactly(600L, 400L);
        assertThat(WorkspaceOnStage.labelText(robot, "#drift-dataset-verdict")).startsWith("The inputs drift");
        assertThat(WorkspaceOnStage.labelText(robot, "#drift-prediction-verdict")).startsWith("The predictions hold");
    }

    @Test
    void createAnAlertRuleInTheEditor(FxRobot robot) throws TimeoutException {
        robot.clickOn("Monitoring set-up");
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#rule-deployment").queryComboBox().getValue() != null);
        fill(robot, "rule-name", "errors up");
        fill(robot, "rule-threshold", "0.05");
        robot.clickOn("#save-alert-rule");

        WorkspaceOnStage.waitUntil(() -> robot.lookup("#alert-rules").queryAs(TableView.class).getItems().size() == 1);
        AlertRule saved = platform.rules.get(0);
        assertThat(saved.spec().name()).isEqualTo("errors up");
        assertThat(saved.spec().deployment()).isEqualTo(MlopsRecords.DEPLOYMENT);
        assertThat(saved.spec().threshold()).isEqualTo(0.05);
    }

    /** How many steps the capacity curve draws on its p95 line. */
    private static int capacitySteps(FxRobot robot) {
        LineChart<?, ?> latency = robot.lookup("#capacity-chart ." + CapacityCurveChart.LATENCY_CHART_CLASS)
                .queryAs(LineChart.class);
        return latency.getData().stream().filter(s -> "p95".equals(s.getName())).findFirst()
                .map(s -> s.getData().size()).orElse(0);
    }

    @Test
    void runALoadTestAndWatchItsCurveFindTheKnee(FxRobot robot) throws TimeoutException {
        robot.clickOn("#capacity-tab");
        Button start = robot.lookup("#capacity-start").queryButton();
        WorkspaceOnStage.waitUntil(() -> !start.isDisabled());
        assertThat(WorkspaceOnStage.labelText(robot, "#capacity-load")).contains("real traffic to checkout-risk");
        robot.interact(start::fire);
        WorkspaceOnStage.waitUntil(() -> WorkspaceOnStage.labelText(robot, "#capacity-status").startsWith("Running"));
        assertThat(platform.capacity.starts).singleElement().extracting(ScriptedCapacity.Start::plan)
                .isEqualTo(CapacityViewModelTest.DEFAULT_PLAN);
        String id = platform.capacity.capacityTests(MlopsRecords.DEPLOYMENT).get(0).id();

        platform.capacity.measure(id, CapacityViewModelTest.step(10, 10, 12));
        WorkspaceOnStage.waitUntil(() -> capacitySteps(robot) >= 1);
        platform.capacity.measure(id, CapacityViewModelTest.step(173, 172.6, 42));
        platform.capacity.measure(id, CapacityViewModelTest.step(200, 181, 75));
        platform.capacity.end(id, CapacityTestState.FINISHED, "Stopped at the knee.");
        WorkspaceOnStage.waitUntil(() -> capacitySteps(robot) >= 3);

        WorkspaceOnStage.waitUntil(() -> WorkspaceOnStage.labelText(robot, "#capacity-knee").startsWith("Keeps p95"));
        assertThat(WorkspaceOnStage.labelText(robot, "#capacity-knee")).isEqualTo("Keeps p95 ≤ 50 ms up to 173"
                + " requests/s (p95 42 ms); breaks at 200 offered: p95 75 ms, 0.0 % errors.");
        assertThat(robot.lookup("#capacity-chart").queryAs(CapacityCurveChart.class).getTest().knee().found()).isTrue();
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#capacity-tests").queryAs(TableView.class).getItems().size() == 1);
    }
}

package io.sightline.app.workspace.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.WorkspaceOnStage;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.PlatformEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The risk-operations workspace on screen, on a scripted seller-risk platform labelled as simulated. */
@ExtendWith(ApplicationExtension.class)
class RiskWorkspaceTest {
    private final Alert firing = RiskRecords.alert("a1", AlertState.FIRING, AlertSeverity.CRITICAL,
            RiskRecords.NOW.minusSeconds(60));
    private final RiskPlatform platform = new RiskPlatform();
    private WorkspaceOnStage<RiskWorkspace> screen;

    @Start
    void start(javafx.stage.Stage stage) {
        platform.alerts = List.of(firing);
        platform.predictions = List.of(
                RiskRecords.prediction(1, "s-1", "yes", 0.91, Decision.ALLOW),
                RiskRecords.prediction(2, "s-2", "yes", 0.97, Decision.BLOCK),
                RiskRecords.prediction(3, "s-2", "no", 0.10, Decision.ALLOW));
        platform.backtestResult = new BacktestResult(RiskRecords.DEPLOYMENT, RiskRecords.NOW, RiskRecords.NOW, 900,
                40, 30, 25, 3100, 5, 4);
        screen = new WorkspaceOnStage<>(stage, tasks -> new RiskWorkspace(ComposedPlatform.of(platform), tasks, DataOrigin.SIMULATED,
                Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void isTheRiskOperationsWorkspace() {
        assertThat(screen.workspace().persona()).isEqualTo(Persona.RISK_OPERATIONS);
        assertThat(screen.workspace().view()).isSameAs(screen.workspace().view());
    }

    @Test
    void theMonitorShowsTheScriptedFiguresAndChartsLabelledSimulated(FxRobot robot) throws TimeoutException {
        WorkspaceOnStage.waitUntil(() -> "16 per second".equals(WorkspaceOnStage.labelText(robot, "#monitor-rate")));

        assertThat(WorkspaceOnStage.labelText(robot, "#monitor-flagged")).isEqualTo("28 (4.9 % of 570)");
        assertThat(WorkspaceOnStage.labelText(robot, "#monitor-caught")).isEqualTo("12 cases, money 1,500");
        LineChart<?, ?> traffic = robot.lookup("#traffic-chart").queryAs(LineChart.class);
        assertThat(traffic.getData()).hasSize(3);
        assertThat(traffic.getData().get(0).getData()).hasSize(4);
        assertThat(traffic.getAnimated()).isFalse();
        assertThat(traffic.getCreateSymbols()).isFalse();
        assertThat(robot.lookup("." + OriginTag.STYLE_CLASS).queryAllAs(Label.class)).isNotEmpty()
                .allMatch(tag -> tag.getText().equals(OriginTag.SIMULATED_TEXT));
    }

    @Test
    void theChosenDeploymentStaysShownWhenTheListOfDeploymentsIsReloaded(FxRobot robot) throws TimeoutException {
        ComboBox<?> box = robot.lookup("#risk-deployment").queryComboBox();
        WorkspaceOnStage.waitUntil(() -> RiskRecords.DEPLOYMENT.equals(box.getValue()) && platform.listener != null);

        // the same deployment serves a new version: the list is read again, the same
        int reads = platform.deploymentReads.get();
        platform.listener.accept(new PlatformEvent.DeploymentChanged(9, RiskRecords.NOW, RiskRecords.DEPLOYMENT,
                "seller-risk", 4, DeploymentState.LIVE));
        WorkspaceOnStage.waitUntil(() -> platform.deploymentReads.get() > reads);
        assertThat(box.getValue()).isEqualTo(RiskRecords.DEPLOYMENT);

        // another deployment appears before it in the list
        platform.deployments = List.of(RiskRecords.deployment("a-canary", DeploymentState.LIVE),
                RiskRecords.deployment(RiskRecords.DEPLOYMENT, DeploymentState.LIVE));
        platform.listener.accept(new PlatformEvent.DeploymentChanged(10, RiskRecords.NOW, "a-canary", "seller-risk", 4,
                DeploymentState.LIVE));
        WorkspaceOnStage.waitUntil(() -> box.getItems().size() == 2);
        assertThat(box.getValue()).isEqualTo(RiskRecords.DEPLOYMENT);
        assertThat(screen.workspace().viewModel().selectedProperty().get()).isEqualTo(RiskRecords.DEPLOYMENT);
    }

    @Test
    void anAlertIsAcknowledgedInTheNameOfThePersonAtTheDesk(FxRobot robot) throws TimeoutException {
        robot.clickOn("#alerts-tab");
        WorkspaceOnStage.waitFor(robot, "#open-alerts .table-row-cell .table-cell", 1);
        robot.clickOn(robot.lookup("#open-alerts .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == 0).findFirst().orElseThrow());
        robot.clickOn("#acknowledge-alert");
        WorkspaceOnStage.waitUntil(() -> !platform.calls.isEmpty());

        assertThat(platform.calls).containsExactly("acknowledge a1 by " + System.getProperty("user.name"));
    }

    @Test
    void aFiringAlertShowsADesktopNotification(FxRobot robot) throws TimeoutException {
        WorkspaceOnStage.waitUntil(() -> platform.listener != null);

        platform.listener.accept(new PlatformEvent.AlertChanged(8, RiskRecords.NOW, firing));

        WorkspaceOnStage.waitFor(robot, ".notification-bar", 1);
        assertThat(robot.lookup(".notification-bar .title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Simulated — Alert: Recall dropped");
    }

    @Test
    void aFlaggedPredictionShowsTheReasonsForItsScore(FxRobot robot) throws TimeoutException {
        robot.clickOn("#flagged-tab");
        WorkspaceOnStage.waitUntil(() -> robot.lookup("#flagged-queue").queryAs(TreeTableView.class)
                .getExpandedItemCount() == 4);
        TreeTableRow<?> prediction = robot.lookup("#flagged-queue .tree-table-row-cell").queryAllAs(TreeTableRow.class)
                .stream().filter(row -> row.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(prediction);

        WorkspaceOnStage.waitFor(robot, "#score-reasons .reason", 3);
        assertThat(platform.explained).hasSize(1);
        assertThat(robot.lookup("#score-reasons .reason").queryAllAs(Label.class)).extracting(Label::getText)
                .first().asString().startsWith("1. amount = 950 lowered the risk score");
    }

    @Test
    void aRuleIsReadBackBackTestedAndEnabled(FxRobot robot) throws TimeoutException {
        robot.clickOn("#strategies-tab");
        WorkspaceOnStage.waitUntil(() -> screen.workspace().viewModel().factsProperty().get() != null);
        TextArea sentence = robot.lookup("#strategy-sentence").queryAs(TextArea.class);
        robot.interact(() -> sentence.setText(StrategiesView.EXAMPLE));
        robot.clickOn("#understand-strategy");

        WorkspaceOnStage.waitFor(robot, "#strategy-readings .label", 3);
        assertThat(WorkspaceOnStage.labelText(robot, "#strategy-action")).isEqualTo("Block");
        robot.clickOn("#backtest-strategy");
        WorkspaceOnStage.waitUntil(() -> !WorkspaceOnStage.labelText(robot, "#backtest-result").isEmpty());
        assertThat(WorkspaceOnStage.labelText(robot, "#backtest-result")).contains("would have blocked 40 of them")
                .contains("4 good sellers would have been hit");
        robot.clickOn("#enable-strategy");

        WorkspaceOnStage.waitUntil(() -> robot.lookup("#saved-strategies").queryAs(TableView.class).getItems()
                .size() == 1);
        assertThat(platform.strategies).singleElement().satisfies(s -> assertThat(s.enabled()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sentence.getText()).isEmpty();
    }
}

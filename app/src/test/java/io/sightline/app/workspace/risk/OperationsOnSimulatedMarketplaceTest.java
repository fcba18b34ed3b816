package io.sightline.app.workspace.risk;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.sightline.app.WorkspaceOnStage;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.workspace.executive.ExecutiveWorkspace;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Strategy;
import io.sightline.simulator.MarketplaceSimulator;
import io.sightline.simulator.SimulatorConfig;
import io.sightline.simulator.SimulatorPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both operations workspaces on the embedded engine while the simulated marketplace streams at 100× real time
 * (a small history and a two-second training budget, so that it is live within a minute): real traffic,
 * outcomes, explanations, back-tests and deployment history. Waits are generous; nothing is timed but the
 * pulse gaps, which are printed.
 */
@ExtendWith(ApplicationExtension.class)
class OperationsOnSimulatedMarketplaceTest {
    private static final long PATIENCE_SECONDS = 240;
    private static final String DEPLOYMENT = SimulatorConfig.DEPLOYMENT;

    @TempDir
    static Path directory;

    private static LocalPlatform platform;
    private static MarketplaceSimulator simulator;
    private Stage stage;
    private WorkspaceOnStage<?> screen;

    @BeforeAll
    static void startTheMarketplace() throws Exception {
        platform = LocalPlatform.open(directory.resolve("data"));
        simulator = new MarketplaceSimulator(platform, SimulatorConfig.defaults(directory.resolve("work"))
                .withTraining(1_500, Duration.ofSeconds(2)).withSpeed(100));
        simulator.start();
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
            SimulatorPhase phase = simulator.snapshot().phase();
            assertThat(phase).as(simulator.snapshot().message()).isNotEqualTo(SimulatorPhase.FAILED);
            return phase == SimulatorPhase.LIVE;
        });
        // outcomes of fraud and of good orders have come back (chargebacks in seconds, good orders in ~9 s)
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
            PerformanceReport report = platform.performance(DEPLOYMENT, Duration.ofHours(1));
            return report.truePositives() + report.falseNegatives() > 0 && report.trueNegatives() > 0;
        });
    }

    @AfterAll
    static void stopTheMarketplace() {
        simulator.close();
        platform.close();
    }

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            WaitForAsyncUtils.asyncFx(screen::close).get(30, TimeUnit.SECONDS);
        }
    }

    private RiskWorkspace showRisk() throws Exception {
        WorkspaceOnStage<RiskWorkspace> risk = WaitForAsyncUtils.asyncFx(() -> new WorkspaceOnStage<>(stage,
                tasks -> new RiskWorkspace(platform, tasks, DataOrigin.SIMULATED))).get(30, TimeUnit.SECONDS);
        screen = risk;
        return risk.workspace();
    }

    private static String text(FxRobot robot, String query) {
        return WorkspaceOnStage.labelText(robot, query);
    }

    @Test
    void theMonitorShowsTheMarketplacesTrafficAndFraudCaughtAndMissed(FxRobot robot) throws Exception {
        showRisk();

        WorkspaceOnStage.waitUntil(() -> text(robot, "#monitor-caught").matches("[\\d,]+ cases, money [\\d,.]+( M)?"));
        assertThat(text(robot, "#monitor-rate")).endsWith("per second");
        assertThat(text(robot, "#monitor-flagged")).matches("[\\d,]+ \\([\\d.]+ % of [\\d,]+\\)");
        assertThat(text(robot, "#monitor-missed")).matches("[\\d,]+ cases, money [\\d,.]+( M)?");
        assertThat(text(robot, "#monitor-outcomes")).startsWith("From the ");
        assertThat(robot.lookup("#risk-deployment").queryComboBox().getValue()).isEqualTo(DEPLOYMENT);
    }

    @Test
    void aFlaggedOrderOfASellerIsExplainedByTheEngine(FxRobot robot) throws Exception {
        RiskWorkspace risk = showRisk();
        robot.clickOn("#flagged-tab");
        FlaggedQueueViewModel queue = risk.viewModel().flagged();
        WorkspaceOnStage.waitUntil(() -> !queue.groups().isEmpty());

        assertThat(queue.sellerColumnProperty().get()).isEqualTo("seller_id");
        TreeTableRow<?> first = robot.lookup("#flagged-queue .tree-table-row-cell").queryAllAs(TreeTableRow.class)
                .stream().filter(row -> row.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(first);
        WorkspaceOnStage.waitFor(robot, "#score-reasons .reason", 1);
        assertThat(robot.lookup("#score-reasons .reason").queryAllAs(Label.class)).hasSizeBetween(1, 3)
                .allSatisfy(reason -> assertThat(reason.getText()).matches("\\d\\. .+"));
    }

    @Test
    void theProductOwnersRuleIsUnderstoodOnTheRealModelAndAnEnabledRuleDecidesLiveOrders(FxRobot robot)
            throws Exception {
        RiskWorkspace risk = showRisk();
        robot.clickOn("#strategies-tab");
        StrategiesViewModel strategies = risk.viewModel().strategies();
        WorkspaceOnStage.waitUntil(() -> risk.viewModel().factsProperty().get() != null);
        TextArea sentence = robot.lookup("#strategy-sentence").queryAs(TextArea.class);

        robot.interact(() -> sentence.setText(StrategiesView.EXAMPLE));
        robot.clickOn("#understand-strategy");
        WorkspaceOnStage.waitFor(robot, "#strategy-readings .label", 3);
        assertThat(strategies.parsedProperty().get().readings()).containsExactly("category is electronics",
                "risk score above 0.85", "seller_chargeback_rate above 0.02 (2%)");
        robot.clickOn("#backtest-strategy");
        WorkspaceOnStage.waitUntil(() -> !strategies.backtestProperty().get().isEmpty());
        assertThat(strategies.backtestProperty().get()).startsWith("Over the last 6 hours, ")
                .contains("predictions were logged");

        // a rule that matches every electronics order, to see it decide live predictions
        robot.interact(() -> sentence.setText("review electronics orders with risk score at least 0"));
        robot.clickOn("#understand-strategy");
        robot.clickOn("#backtest-strategy");
        WorkspaceOnStage.waitUntil(() -> strategies.testedProperty().get());
        robot.clickOn("#enable-strategy");
        WorkspaceOnStage.waitUntil(() -> strategies.saved().size() == 1);
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> platform.traffic(DEPLOYMENT, Duration.ofSeconds(30))
                    .decisions().getOrDefault(Decision.REVIEW, 0L) > 0);
            assertThat(platform.strategies(DEPLOYMENT)).singleElement().extracting(Strategy::enabled).isEqualTo(true);
        } finally {
            platform.strategies(DEPLOYMENT).forEach(s -> platform.deleteStrategy(s.id()));
        }
    }

    @Test
    void theExecutiveTilesAreComputedFromTheMarketplace(FxRobot robot) throws Exception {
        WorkspaceOnStage<ExecutiveWorkspace> executive = WaitForAsyncUtils.asyncFx(() -> new WorkspaceOnStage<>(stage,
                tasks -> new ExecutiveWorkspace(platform, tasks, DataOrigin.SIMULATED))).get(30, TimeUnit.SECONDS);
        screen = executive;

        WorkspaceOnStage.waitUntil(() -> text(robot, "#fraud-prevention-rate-value").matches("[\\d.]+ %"));
        assertThat(text(robot, "#losses-prevented-value")).matches("[\\d,.]+( M)?");
        assertThat(text(robot, "#false-positive-rate-value")).matches("[\\d.]+ %");
        assertThat(text(robot, "#models-in-production-value")).isEqualTo("1");
        assertThat(text(robot, "#deployments-this-week-value")).isEqualTo("1");
        assertThat(text(robot, "#time-to-production-value")).matches("\\d+ ms|[\\d.]+ s|\\d+ min \\d+ s");
        assertThat(text(robot, "#availability-value")).matches("[\\d.]+ %");
        assertThat(robot.lookup(".kpi-tile").queryAllAs(Tile.class)).hasSize(8)
                .allSatisfy(tile -> assertThat(tile.getText()).startsWith("Simulated · "));
    }

    @Test
    void theFxThreadKeepsPulsingWhileTheMarketplaceStreamsAt100x(FxRobot robot) throws Exception {
        RiskWorkspace risk = showRisk();
        MonitorViewModel monitor = risk.viewModel().monitor();
        WorkspaceOnStage.waitUntil(() -> monitor.snapshotProperty().get() != null);
        RiskWorkspacePulseTest.PulseGaps gaps = new RiskWorkspacePulseTest.PulseGaps();
        RiskWorkspacePulseTest.ApplyTimes applies = new RiskWorkspacePulseTest.ApplyTimes();
        long scoredBefore = simulator.snapshot().figures().scored();
        robot.interact(() -> {
            applies.watch(monitor);
            gaps.start();
        });
        Thread.sleep(10_000);
        robot.interact(gaps::stop);
        long scored = simulator.snapshot().figures().scored() - scoredBefore;

        System.out.printf(Locale.ROOT, "Risk operations workspace on the simulated marketplace at 100x, 10 s: longest"
                        + " gap between pulses %.1f ms (%d pulses, %d gaps over 50 ms); longest snapshot apply %.1f ms"
                        + " (%d snapshots); %d transactions scored meanwhile%n", gaps.longestNanos.get() / 1e6,
                gaps.pulses.get(), gaps.over50.get(), RiskWorkspacePulseTest.ApplyTimes.percentileMillis(applies.wallNanos, 1),
                applies.count(), scored);
        assertThat(scored).as("the marketplace kept streaming").isGreaterThan(100);
        assertThat(applies.count()).as("a snapshot a second reached the screen").isGreaterThanOrEqualTo(5);
        assertThat(gaps.longestNanos.get() / 1e6).isLessThan(RiskWorkspacePulseTest.GAP_BOUND_MILLIS);
    }
}

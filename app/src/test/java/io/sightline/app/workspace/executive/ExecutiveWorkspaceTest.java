package io.sightline.app.workspace.executive;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.sightline.app.WorkspaceOnStage;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.engine.api.PerformanceReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The executive overview on screen: eight tiles from a scripted estate, one of them without outcomes. */
@ExtendWith(ApplicationExtension.class)
class ExecutiveWorkspaceTest {
    /** The estate of {@link ExecutiveRecords} where deployment B has no outcome yet, and A none for fraud. */
    private final ExecutivePlatform platform = new ExecutivePlatform();
    private WorkspaceOnStage<ExecutiveWorkspace> screen;

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceOnStage<>(stage, tasks -> new ExecutiveWorkspace(ComposedPlatform.of(platform), tasks, DataOrigin.SIMULATED));
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void everyTileShowsItsFigureLabelledSimulated(FxRobot robot) throws TimeoutException {
        WorkspaceOnStage.waitUntil(() -> "60.0 %".equals(WorkspaceOnStage.labelText(robot, "#fraud-prevention-rate-value")));

        assertThat(screen.workspace().persona()).isEqualTo(Persona.EXECUTIVE);
        assertThat(WorkspaceOnStage.labelText(robot, "#losses-prevented-value")).isEqualTo("10,000");
        assertThat(WorkspaceOnStage.labelText(robot, "#models-in-production-value")).isEqualTo("2");
        assertThat(WorkspaceOnStage.labelText(robot, "#availability-value")).isEqualTo("99.90 %");
        List<Tile> tiles = robot.lookup(".kpi-tile").queryAllAs(Tile.class).stream().toList();
        assertThat(tiles).hasSize(KpiKind.values().length);
        assertThat(tiles).allSatisfy(tile -> {
            assertThat(tile.getText()).startsWith("Simulated · ");
            assertThat(tile.isAnimated()).isFalse();
        });
        assertThat(tiles).extracting(Tile::getTitle).contains("Fraud prevention rate", "Latency (p99)");
    }

    @Test
    void aFigureWithoutDataSaysSoInsteadOfZero(FxRobot robot) throws TimeoutException {
        ExecutivePlatform noOutcomes = new ExecutivePlatform() {
            @Override
            public PerformanceReport performance(String deploymentName, Duration window) {
                return ExecutiveRecords.performance(deploymentName, window, "yes", 0, 0, 0, 0, 0, List.of());
            }
        };
        robot.interact(() -> {
            screen.close();
            screen = new WorkspaceOnStage<>((javafx.stage.Stage) robot.listTargetWindows().get(0),
                    tasks -> new ExecutiveWorkspace(ComposedPlatform.of(noOutcomes), tasks, DataOrigin.OWN));
        });

        WorkspaceOnStage.waitUntil(() -> Kpi.NOT_ENOUGH_DATA.equals(WorkspaceOnStage.labelText(robot, "#fraud-prevention-rate-value")));
        assertThat(WorkspaceOnStage.labelText(robot, "#losses-prevented-value")).isEqualTo(Kpi.NOT_ENOUGH_DATA);
        assertThat(robot.lookup(".kpi-tile").queryAllAs(Tile.class)).allSatisfy(tile ->
                assertThat(tile.getText()).startsWith("Live · "));
        assertThat(WorkspaceOnStage.labelText(robot, "#availability-value")).isEqualTo("99.90 %");
    }
}

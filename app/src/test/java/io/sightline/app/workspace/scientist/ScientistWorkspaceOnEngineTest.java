package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.controls.HistogramChart;
import io.sightline.app.controls.LineageChain;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data scientist's workspace on the embedded engine, after a real import and training of iris. */
@ExtendWith(ApplicationExtension.class)
class ScientistWorkspaceOnEngineTest {

    @TempDir
    static Path directory;

    private static LocalPlatform platform;
    private static DatasetInfo iris;
    private static RunInfo run;

    private WorkspaceScreen screen;
    private ScientistWorkspace workspace;

    @BeforeAll
    static void trainIris() throws IOException {
        platform = LocalPlatform.open(directory.resolve("data"));
        Path csv = directory.resolve("iris.csv");
        try (InputStream in = ScientistWorkspaceOnEngineTest.class
                .getResourceAsStream("/io/sightline/assets/datasets/iris.csv")) {
            Files.copy(in, csv);
        }
        iris = platform.importDataset("iris", csv);
        TrainingJob job = platform.startTraining(TrainingRequest.of(iris.id(), "class", "iris-species")
                .withBudget(Duration.ofSeconds(60)));
        job = platform.awaitTraining(job.id(), Duration.ofMinutes(5));
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        run = platform.run(job.runId());
    }

    @AfterAll
    static void closePlatform() {
        platform.close();
    }

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceScreen(stage, platform);
        workspace = screen.workspace();
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void theImportedDatasetShowsItsProfileAndHistogram(FxRobot robot) throws TimeoutException {
        WorkspaceScreen.clickFirstRow(robot, "#datasets-table");
        WorkspaceScreen.waitUntil(robot, "#column-histogram ." + HistogramChart.BAR_CLASS, 1);
        assertThat(robot.lookup("#columns-table").queryTableView().getItems()).hasSize(5);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains(iris.sha256()));
    }

    @Test
    void theTrainingShowsItsLeaderboardAndTheVersionItProduced(FxRobot robot) throws TimeoutException {
        robot.clickOn("#runs-tab");
        WorkspaceScreen.clickFirstRow(robot, "#runs-table");
        WorkspaceScreen.waitUntil(robot, "#leaderboard .table-row-cell", run.leaderboard().size());
        long filled = robot.lookup("#leaderboard .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null).count();
        assertThat(filled).isEqualTo(run.leaderboard().size());

        robot.clickOn("#models-tab");
        WorkspaceScreen.clickFirstRow(robot, "#models-table");
        WorkspaceScreen.clickFirstRow(robot, "#versions-table");
        WorkspaceScreen.waitUntil(robot, "#model-lineage ." + LineageChain.STEP_CLASS, 3);
        assertThat(robot.lookup("#model-lineage ." + LineageChain.NAME_CLASS).queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("iris", run.id(), "iris-species v1");
    }
}

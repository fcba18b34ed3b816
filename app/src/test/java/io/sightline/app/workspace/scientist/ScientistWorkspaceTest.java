package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.fakes.EventStream;
import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.controls.HistogramChart;
import io.sightline.app.controls.LeaderboardTable;
import io.sightline.app.controls.LineageChain;
import io.sightline.app.shell.Persona;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.Stage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace on screen with one dataset, one run and one model version, walked through tab by tab. */
@ExtendWith(ApplicationExtension.class)
class ScientistWorkspaceTest {

    /** One of each, as the engine would describe them. */
    static class OneOfEach extends EventStream implements ScriptedDatasets, ScriptedRuns, ScriptedRegistry {
        @Override
        public List<DatasetInfo> datasets() {
            return List.of(ScientistRecords.dataset());
        }

        @Override
        public DatasetPreview preview(String datasetId, int maxRows) {
            return ScientistRecords.preview();
        }

        @Override
        public List<RunInfo> runs() {
            return List.of(ScientistRecords.run());
        }

        @Override
        public List<RegisteredModel> models() {
            return List.of(ScientistRecords.model());
        }

        @Override
        public List<ModelVersion> modelVersions(String model) {
            return List.of(ScientistRecords.version(Stage.STAGING));
        }
    }

    private final OneOfEach platform = new OneOfEach();
    private WorkspaceScreen screen;
    private ScientistWorkspace workspace;

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceScreen(stage, ComposedPlatform.of(platform));
        workspace = screen.workspace();
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void isTheDataScientistsWorkspace() {
        assertThat(workspace.persona()).isEqualTo(Persona.DATA_SCIENTIST);
        assertThat(workspace.view()).isSameAs(workspace.view());
    }

    @Test
    void anEventThatArrivesAfterCloseIsIgnored() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> platform.listener != null);
        Consumer<PlatformEvent> late = platform.listener;
        workspace.close();

        // Before the fix this threw RejectedExecutionException on the platform's delivery thread.
        late.accept(new PlatformEvent.DatasetImported(1, java.time.Instant.now(), "ds-2", "iris", 150));
    }

    @Test
    void aDatasetShowsItsColumnsAndTheHistogramOfTheFirstColumn(FxRobot robot) throws TimeoutException {
        WorkspaceScreen.clickFirstRow(robot, "#datasets-table");

        WorkspaceScreen.waitUntil(robot, "#column-histogram ." + HistogramChart.BAR_CLASS, 8);
        HistogramChart chart = robot.lookup("#column-histogram").queryAs(HistogramChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(robot.lookup("#column-histogram ." + HistogramChart.BAR_CLASS).queryAll()).hasSize(8);
        assertThat(robot.lookup("#columns-table").queryAs(TableView.class).getItems()).hasSize(3);
        WorkspaceScreen.waitUntil(robot, "#preview-table .table-row-cell .table-cell", 1);
        assertThat(robot.lookup("#preview-table").queryAs(TableView.class).getItems()).hasSize(3);
    }

    @Test
    void aRunShowsItsLeaderboardWithTheBestRowAndItsLineage(FxRobot robot) throws TimeoutException {
        robot.clickOn("#runs-tab");
        WorkspaceScreen.clickFirstRow(robot, "#runs-table");

        WorkspaceScreen.waitUntil(robot, "#leaderboard .table-row-cell", 3);
        List<TableRow<?>> filled = new java.util.ArrayList<>();
        for (TableRow<?> row : robot.lookup("#leaderboard .table-row-cell").queryAllAs(TableRow.class)) {
            if (row.getItem() != null) {
                filled.add(row);
            }
        }
        assertThat(filled).hasSize(3);
        assertThat(filled).filteredOn(row -> row.getPseudoClassStates().contains(LeaderboardTable.BEST)).hasSize(1);
        assertThat(robot.lookup("#run-lineage ." + LineageChain.STEP_CLASS).queryAll()).hasSize(3);
        assertThat(robot.lookup("#roc-chart").query().isVisible()).isTrue();
    }

    @Test
    void aModelVersionShowsTheChainFromDatasetToVersion(FxRobot robot) throws TimeoutException {
        robot.clickOn("#models-tab");
        WorkspaceScreen.clickFirstRow(robot, "#models-table");
        WorkspaceScreen.clickFirstRow(robot, "#versions-table");

        WorkspaceScreen.waitUntil(robot, "#model-lineage ." + LineageChain.STEP_CLASS, 3);
        assertThat(robot.lookup("#model-lineage ." + LineageChain.NAME_CLASS).queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("credit-g", ScientistRecords.RUN_ID, "credit-risk v1");
        assertThat(robot.lookup("#model-lineage ." + LineageChain.ARROW_CLASS).queryAll()).hasSize(2);
    }
}

package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.controls.ParallelCoordinates;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The runs table on screen over a paged sweep: a typed filter, a refused one, and two runs compared. */
@ExtendWith(ApplicationExtension.class)
class RunsTableTest {

    /** The workspace's other lists as in {@link ScientistWorkspaceTest}; the runs from the paged sweep. */
    static final class SweepPlatform extends ScientistWorkspaceTest.OneOfEach {
        final PagedRunsViewModelTest.Sweep sweep = new PagedRunsViewModelTest.Sweep();

        @Override
        public List<ExperimentSummary> experiments() {
            return sweep.experiments();
        }

        @Override
        public RunFields runFields(String experiment) {
            return sweep.runFields(experiment);
        }

        @Override
        public RunPage searchRuns(RunSearchRequest request) {
            return sweep.searchRuns(request);
        }

        @Override
        public List<MetricStep> metricHistory(String runId, String metric) {
            return sweep.metricHistory(runId, metric);
        }
    }

    private final SweepPlatform platform = new SweepPlatform();
    private WorkspaceScreen screen;

    @Start
    void start(javafx.stage.Stage stage) {
        screen = new WorkspaceScreen(stage, ComposedPlatform.of(platform));
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void aTypedFilterShowsTheMatchingRuns(FxRobot robot) throws TimeoutException {
        robot.clickOn("#runs-tab");
        WorkspaceScreen.waitUntil(robot, "#runs-table .table-row-cell .table-cell", 1);

        robot.clickOn("#runs-filter").write("metrics.auc > 0.5").type(KeyCode.ENTER);

        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ids(table).equals(List.of("run-2", "run-4")));
        assertThat(robot.lookup("#runs-filter-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void anInvalidFilterIsExplainedUnderTheBox(FxRobot robot) throws TimeoutException {
        robot.clickOn("#runs-tab");
        WorkspaceScreen.waitUntil(robot, "#runs-table .table-row-cell .table-cell", 1);

        robot.clickOn("#runs-filter").write("metrics.auc >> 1").type(KeyCode.ENTER);

        WorkspaceScreen.waitUntil(robot, "#runs-filter-error", 1);
        assertThat(robot.lookup("#runs-filter-error").queryAs(Label.class).getText())
                .startsWith("Invalid filter 'metrics.auc >> 1'");
    }

    @Test
    void twoSelectedRunsAreComparedSideBySide(FxRobot robot) throws TimeoutException {
        robot.clickOn("#runs-tab");
        WorkspaceScreen.waitUntil(robot, "#runs-table .table-row-cell .table-cell", 2);
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);

        robot.interact(() -> table.getSelectionModel().selectIndices(0, 1));

        WorkspaceScreen.waitUntil(robot, "#comparison-table", 1);
        TableView<?> comparison = robot.lookup("#comparison-table").queryAs(TableView.class);
        assertThat(comparison.getColumns()).hasSize(3);

        robot.clickOn("Metric histories");
        WorkspaceScreen.waitUntil(robot, "#metric-histories .chart", 1);
        LineChart<?, ?> auc = robot.lookup("#metric-histories .chart").queryAs(LineChart.class);
        assertThat(auc.getTitle()).isEqualTo("auc");
        assertThat(auc.getData()).hasSize(2);

        robot.clickOn("Parallel coordinates");
        ParallelCoordinates parallel = robot.lookup("#parallel-coordinates").queryAs(ParallelCoordinates.class);
        assertThat(parallel.getData().axes()).containsExactly("depth", "auc");
        assertThat(parallel.getData().lines()).hasSize(2);
    }

    private static List<String> ids(TableView<?> table) {
        return table.getItems().stream().map(row -> ((RunRow) row).id()).toList();
    }
}

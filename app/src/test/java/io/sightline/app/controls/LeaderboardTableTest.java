package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.workspace.scientist.ScientistRecords;
import io.sightline.engine.api.CandidateResult;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LeaderboardTableTest {
    private LeaderboardTable table;

    @Start
    void start(Stage stage) {
        // The console always runs on an AtlantaFX theme; the controls use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = new LeaderboardTable();
        table.getItems().setAll(ScientistRecords.boosted(), ScientistRecords.logistic(), ScientistRecords.failedTree());
        table.setBestCandidate("xgboost");
        stage.setScene(new Scene(new StackPane(table), 900, 240));
        stage.show();
    }

    private List<TableRow<?>> filledRows(FxRobot robot) {
        return robot.lookup(".table-row-cell").<TableRow<?>>queryAllAs(castRow()).stream()
                .filter(row -> row.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Class<TableRow<?>> castRow() {
        return (Class<TableRow<?>>) (Class<?>) TableRow.class;
    }

    @Test
    void hasAColumnForThePrimaryMetricAndOneForEachOtherMetric() {
        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly(
                "Algorithm", "CV AUC", "CV accuracy", "Train time", "Predict / row", "Status");
    }

    @Test
    void columnsFollowAnEmptyListGivenBySetItemsThatFillsLater(FxRobot robot) {
        LeaderboardTable empty = new LeaderboardTable();
        ObservableList<CandidateResult> backing = FXCollections.observableArrayList();
        robot.interact(() -> {
            empty.setItems(FXCollections.unmodifiableObservableList(backing));
            backing.setAll(ScientistRecords.boosted(), ScientistRecords.logistic());
        });

        assertThat(empty.getColumns()).extracting(TableColumn::getText).contains("CV AUC", "CV accuracy");
    }

    @Test
    void writesScoresWithTheirSpreadAndCostsHumanely(FxRobot robot) {
        assertThat(cellTexts(robot, 0)).containsExactly(
                "Gradient-boosted trees", "0.792 ± 0.018", "0.761", "4.2 s", "3.4 µs", "ok");
        assertThat(cellTexts(robot, 2)).containsExactly(
                "Decision tree", "—", "—", "0 ms", "—", "skipped — gives no probabilities, so no AUC");
    }

    @Test
    void highlightsTheChosenCandidateAndDimsTheOnesThatDidNotRun(FxRobot robot) {
        List<TableRow<?>> rows = filledRows(robot);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getPseudoClassStates()).contains(LeaderboardTable.BEST);
        assertThat(rows.get(1).getPseudoClassStates()).doesNotContain(LeaderboardTable.BEST);
        assertThat(rows.get(2).getPseudoClassStates()).contains(LeaderboardTable.NOT_OK);
    }

    @Test
    void theHighlightFollowsTheBestCandidate(FxRobot robot) {
        robot.interact(() -> table.setBestCandidate("logistic-regression"));

        List<TableRow<?>> rows = filledRows(robot);
        assertThat(rows.get(0).getPseudoClassStates()).doesNotContain(LeaderboardTable.BEST);
        assertThat(rows.get(1).getPseudoClassStates()).contains(LeaderboardTable.BEST);
    }

    private List<String> cellTexts(FxRobot robot, int rowIndex) {
        TableRow<?> row = filledRows(robot).get(rowIndex);
        return robot.from(row).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .sorted(java.util.Comparator.comparingDouble(cell -> cell.getLayoutX()))
                .map(cell -> cell.getText()).toList();
    }
}

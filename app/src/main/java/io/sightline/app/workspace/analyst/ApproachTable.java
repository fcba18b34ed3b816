package io.sightline.app.workspace.analyst;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The approaches tried, best first, as the training and results steps both show them. */
final class ApproachTable {
    private ApproachTable() {
    }

    static TableView<LeaderboardRow> of(ObservableList<LeaderboardRow> rows, String emptyText) {
        TableView<LeaderboardRow> table = new TableView<>(rows);
        table.getStyleClass().addAll(Styles.STRIPED, "leaderboard");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        table.getColumns().add(column("Approach", 220, LeaderboardRow::approach));
        table.getColumns().add(column("How well it did", 380, LeaderboardRow::score));
        table.getColumns().add(column("Time", 80, LeaderboardRow::time));
        table.getColumns().add(column("Note", 200, LeaderboardRow::note));
        return table;
    }

    private static TableColumn<LeaderboardRow, String> column(String title, double width,
                                                              Function<LeaderboardRow, String> value) {
        TableColumn<LeaderboardRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}

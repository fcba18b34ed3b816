package io.sightline.app.workspace.scientist;

import static io.sightline.app.workspace.scientist.Sections.styled;

import io.sightline.app.controls.HistogramChart;
import io.sightline.app.controls.TextColumn;
import io.sightline.engine.api.Severity;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The datasets tab: the list on the left; columns, distribution, issues and first rows on the right. */
final class DatasetsView {
    private final DatasetsViewModel viewModel;
    private final SplitPane root = new SplitPane();

    DatasetsView(DatasetsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(list(), details());
        root.setDividerPositions(0.3);
    }

    Node root() {
        return root;
    }

    private Node list() {
        TableView<DatasetRow> table = new TableView<>(viewModel.datasets());
        table.setId("datasets-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Name", DatasetRow::name),
                new TextColumn<>("Rows", DatasetRow::rows, Comparator.comparingLong(r -> r.info().rows())),
                new TextColumn<>("Imported", DatasetRow::imported,
                        Comparator.comparing(r -> r.info().importedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))));
        // Columns, size and SHA-256 are in the details beside the list; the list stays readable when narrow.
        double[] widths = {150, 70, 140};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        Sections.followSelection(table, viewModel.selectedProperty(), viewModel::select, DatasetRow::id);
        return Sections.listPane("Datasets", viewModel.status(), table);
    }

    private Node details() {
        Label name = Sections.title(viewModel.selectedProperty().map(DatasetRow::name).orElse(""));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        Label sha = styled(new Label(), Sections.MONO, Sections.HINT);
        sha.textProperty().bind(viewModel.selectedProperty().map(r -> "SHA-256 " + r.info().sha256()).orElse(""));

        VBox content = new VBox(6, name, summary, sha, issues(viewModel.issues()),
                Sections.title("Columns"), columnsTable(), column(),
                Sections.title("First rows"), Sections.problem(viewModel.previewErrorProperty()), preview());
        content.getStyleClass().add(Sections.DETAILS);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Sections.showOnlyWhen(scroll, viewModel.selectedProperty().isNotNull());

        Label hint = Sections.hint("Select a dataset to see its columns, their distributions and its first rows.");
        Sections.showOnlyWhen(hint, viewModel.selectedProperty().isNull());
        return new StackPane(hint, scroll);
    }

    private Node columnsTable() {
        TableView<ColumnRow> table = new TableView<>(viewModel.columns());
        table.setId("columns-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Column", ColumnRow::name),
                new TextColumn<>("Type", ColumnRow::type),
                new TextColumn<>("Missing", ColumnRow::missing,
                        Comparator.comparingDouble(c -> c.profile().missingFraction())),
                new TextColumn<>("Distinct", ColumnRow::distinct, Comparator.comparingLong(c -> c.profile().distinct())),
                new TextColumn<>("Summary", ColumnRow::summary)));
        table.getColumns().get(4).setPrefWidth(320);
        Sections.fitRows(table, 2, 7);
        Sections.followSelection(table, viewModel.selectedColumnProperty(), viewModel::selectColumn, ColumnRow::name);
        return table;
    }

    /** The selected column's distribution beside its figures and issues. */
    private Node column() {
        HistogramChart chart = new HistogramChart();
        chart.setId("column-histogram");
        chart.histogramProperty().bind(viewModel.histogramProperty());
        chart.categoriesProperty().bind(viewModel.categoriesProperty());
        chart.categoryAxisTitleProperty().bind(viewModel.selectedColumnProperty().map(ColumnRow::name).orElse(""));
        chart.setEmptyText("This column has no values to draw.");
        chart.setPrefHeight(240);
        HBox.setHgrow(chart, Priority.ALWAYS);

        VBox side = new VBox(6, Sections.figures(viewModel.columnFigures()), issues(viewModel.columnIssues()));
        // The figures column keeps a fixed width so that the chart, not a long sentence, takes the free space.
        side.setMinWidth(220);
        side.setPrefWidth(300);
        side.setMaxWidth(300);
        HBox row = new HBox(16, chart, side);
        Sections.showOnlyWhen(row, viewModel.selectedColumnProperty().isNotNull());
        return row;
    }

    /** Issues as sentences, coloured by how serious they are. */
    private static Node issues(ObservableList<IssueLine> issues) {
        return Sections.grid(issues, (grid, list) -> {
            for (int i = 0; i < list.size(); i++) {
                Label label = new Label(list.get(i).text());
                label.setWrapText(true);
                if (list.get(i).severity() == Severity.BLOCKER) {
                    label.getStyleClass().add("issue-blocker");
                } else if (list.get(i).severity() == Severity.WARNING) {
                    label.getStyleClass().add("issue-warning");
                }
                grid.add(label, 0, i);
            }
        });
    }

    private Node preview() {
        TableView<List<String>> table = new TableView<>(viewModel.previewRows());
        table.setId("preview-table");
        table.setPrefHeight(260);
        table.setPlaceholder(Sections.hint("No rows to show."));
        Runnable columns = () -> {
            table.getColumns().clear();
            List<String> names = List.copyOf(viewModel.previewColumns());
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        index < cell.getValue().size() ? cell.getValue().get(index) : ""));
                column.setSortable(false);
                // Wide enough for the header: preview cells are short, names are what people read.
                column.setPrefWidth(Math.max(70, 9 * names.get(i).length() + 28));
                table.getColumns().add(column);
            }
        };
        viewModel.previewColumns().addListener((ListChangeListener<String>) change -> columns.run());
        columns.run();
        return table;
    }
}

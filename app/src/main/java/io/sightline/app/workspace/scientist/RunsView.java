package io.sightline.app.workspace.scientist;

import static io.sightline.app.workspace.scientist.Sections.styled;

import io.sightline.app.controls.LeaderboardTable;
import io.sightline.app.controls.LineageChain;
import io.sightline.app.controls.RocChart;
import io.sightline.app.controls.TextColumn;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The runs tab: the runs above; below, one run in full or the comparison of several. */
final class RunsView {
    private static final double IMPORTANCE_BAR_WIDTH = 180;

    private final RunsViewModel viewModel;
    private final SplitPane root = new SplitPane();

    RunsView(RunsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().addAll(list(), below());
        root.setDividerPositions(0.32);
    }

    Node root() {
        return root;
    }

    private Node list() {
        TableView<RunRow> table = new TableView<>(viewModel.runs());
        table.setId("runs-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Started", RunRow::started,
                        Comparator.comparing(r -> r.run().startedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))),
                new TextColumn<>("Dataset", RunRow::dataset),
                new TextColumn<>("Target", RunRow::target),
                new TextColumn<>("Task", RunRow::task),
                new TextColumn<>("Best candidate", RunRow::best),
                new TextColumn<>("CV metric", RunRow::cvMetric),
                new TextColumn<>("Test metric", RunRow::testMetric),
                new TextColumn<>("Duration", RunRow::duration),
                new TextColumn<>("Status", RunRow::status)));
        followSelection(table);
        return Sections.listPane("Runs", viewModel.status(), table,
                Sections.hint("Select one run to see it in full; select two or more (Ctrl-click) to compare them."));
    }

    /** Selection goes to the ViewModel; after a reload the ViewModel's selection is selected again. */
    private void followSelection(TableView<RunRow> table) {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change ->
                viewModel.select(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getItems().addListener((ListChangeListener<RunRow>) change -> {
            List<String> ids = viewModel.selectedIds();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
    }

    private Node below() {
        ScrollPane details = new ScrollPane(details());
        details.setFitToWidth(true);
        Sections.showOnlyWhen(details, viewModel.detail().runProperty().isNotNull());
        Node comparison = comparison();
        Sections.showOnlyWhen(comparison, viewModel.comparingProperty());
        Label hint = Sections.hint("Select a run to see its leaderboard, evaluation and lineage.");
        Sections.showOnlyWhen(hint, viewModel.detail().runProperty().isNull().and(viewModel.comparingProperty().not()));
        return new StackPane(hint, details, comparison);
    }

    private Node details() {
        LeaderboardTable leaderboard = new LeaderboardTable();
        leaderboard.setId("leaderboard");
        leaderboard.setItems(viewModel.detail().leaderboard());
        leaderboard.bestCandidateProperty().bind(viewModel.detail().bestCandidateProperty());
        Sections.fitRows(leaderboard, 1, 12);

        HBox evaluation = new HBox(24, testMetrics(), confusion(), roc());
        HBox facts = new HBox(32,
                section("Feature importances", importances()),
                section("Timings", Sections.figures(viewModel.detail().timings())),
                section("Parameters", Sections.figures(viewModel.detail().params())),
                section("Run metrics", Sections.figures(viewModel.detail().metrics())));

        LineageChain lineage = new LineageChain();
        lineage.setId("run-lineage");
        Bindings.bindContent(lineage.getSteps(), viewModel.detail().lineage());
        Label sha = styled(new Label(), Sections.MONO, Sections.HINT);
        sha.textProperty().bind(viewModel.detail().datasetShaProperty().map(s -> s.isEmpty() ? "" : "Dataset SHA-256 " + s));

        TextArea provenanceText = styled(new TextArea(), "provenance");
        provenanceText.setEditable(false);
        provenanceText.setWrapText(true);
        provenanceText.setPrefRowCount(14);
        provenanceText.textProperty().bind(viewModel.detail().provenanceProperty());
        TitledPane provenance = new TitledPane("Provenance (JSON)", provenanceText);
        provenance.setExpanded(false);

        VBox content = new VBox(6, Sections.title(viewModel.detail().headingProperty()),
                Sections.title("Leaderboard"), leaderboard,
                Sections.title("Test evaluation"), evaluation,
                facts,
                Sections.title("Lineage"), lineage, sha,
                provenance);
        content.getStyleClass().add(Sections.DETAILS);
        return content;
    }

    private static VBox section(String title, Node body) {
        return new VBox(4, Sections.title(title), body);
    }

    private Node testMetrics() {
        Label summary = Sections.hint("");
        summary.textProperty().bind(viewModel.detail().testSummaryProperty());
        summary.setMaxWidth(320);
        GridPane grid = Sections.grid(viewModel.detail().testMetrics(), (g, lines) -> {
            if (!lines.isEmpty()) {
                g.addRow(0, styled(new Label("metric"), Sections.FIGURE_NAME),
                        styled(new Label("model"), Sections.FIGURE_NAME),
                        styled(new Label("baseline"), Sections.FIGURE_NAME));
            }
            for (int i = 0; i < lines.size(); i++) {
                MetricLine line = lines.get(i);
                g.addRow(i + 1, new Label(line.name()), new Label(line.model()), styled(new Label(line.baseline()), Sections.HINT));
            }
        });
        return new VBox(6, summary, grid);
    }

    /** A plain grid of counts: rows are what the answer was, columns what the model said. */
    private Node confusion() {
        GridPane grid = styled(new GridPane(), "confusion-grid");
        grid.setId("confusion-grid");
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            ConfusionGrid matrix = viewModel.detail().confusionProperty().get();
            if (matrix.isEmpty()) {
                return;
            }
            grid.add(styled(new Label("actual ↓ / predicted →"), "header"), 0, 0);
            for (int c = 0; c < matrix.labels().size(); c++) {
                grid.add(styled(new Label(matrix.labels().get(c)), "header"), c + 1, 0);
            }
            for (int r = 0; r < matrix.labels().size(); r++) {
                grid.add(styled(new Label(matrix.labels().get(r)), "header"), 0, r + 1);
                for (int c = 0; c < matrix.labels().size(); c++) {
                    Label count = styled(new Label(matrix.counts().get(r).get(c)), "count");
                    if (r == c) {
                        count.getStyleClass().add("diagonal");
                    }
                    count.setMaxWidth(Double.MAX_VALUE);
                    grid.add(count, c + 1, r + 1);
                }
            }
        };
        viewModel.detail().confusionProperty().addListener((obs, old, now) -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(4, styled(new Label("Confusion matrix (test rows)"), Sections.FIGURE_NAME), grid);
        Sections.showOnlyWhen(box, viewModel.detail().confusionProperty().map(m -> !m.isEmpty()).orElse(false));
        return box;
    }

    private Node roc() {
        RocChart chart = new RocChart();
        chart.setId("roc-chart");
        chart.pointsProperty().bind(viewModel.detail().rocProperty());
        chart.setPrefSize(320, 260);
        chart.setMinSize(260, 220);
        Label caption = styled(new Label(), Sections.FIGURE_NAME);
        caption.textProperty().bind(viewModel.detail().rocCaptionProperty());
        VBox box = new VBox(4, caption, chart);
        Sections.showOnlyWhen(box, viewModel.detail().rocProperty().map(points -> !points.isEmpty()).orElse(false));
        return box;
    }

    /** One bar per column, longest for the most important; the share is written beside it. */
    private Node importances() {
        GridPane grid = Sections.grid(viewModel.detail().importances(), (g, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                ImportanceLine line = lines.get(i);
                Region bar = styled(new Region(), "importance-bar");
                bar.setPrefWidth(Math.max(2, IMPORTANCE_BAR_WIDTH * line.barLength()));
                bar.setMaxWidth(Region.USE_PREF_SIZE);
                g.addRow(i, new Label(line.column()), bar, new Label(line.text()));
            }
        });
        grid.setId("importances");
        return grid;
    }

    /** Measures down, compared runs across; columns follow the selection. */
    private Node comparison() {
        TableView<ComparisonRow> table = new TableView<>(viewModel.comparison().comparison());
        table.setId("comparison-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Runnable columns = () -> {
            table.getColumns().clear();
            table.getColumns().add(new TextColumn<>("Measure", ComparisonRow::measure));
            List<RunRow> runs = List.copyOf(viewModel.comparison().compared());
            for (int i = 0; i < runs.size(); i++) {
                int index = i;
                TextColumn<ComparisonRow> column = new TextColumn<>(runs.get(i).id() + "\n" + runs.get(i).started(),
                        row -> row.values().get(index));
                column.setSortable(false);
                table.getColumns().add(column);
            }
        };
        viewModel.comparison().compared().addListener((ListChangeListener<RunRow>) change -> columns.run());
        columns.run();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, Sections.title("Comparison"), table);
        box.getStyleClass().add(Sections.DETAILS);
        return box;
    }
}

package io.sightline.app.workspace.scientist;

import static io.sightline.app.workspace.scientist.Sections.styled;

import io.sightline.app.controls.LeaderboardTable;
import io.sightline.app.controls.LineageChain;
import io.sightline.app.controls.ParallelCoordinates;
import io.sightline.app.controls.RocChart;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.RunFields;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The runs tab: the runs above; below, one run in full or the comparison of several. */
final class RunsView {
    private static final double IMPORTANCE_BAR_WIDTH = 180;

    private static final PseudoClass PARENT = PseudoClass.getPseudoClass("parent");
    private static final PseudoClass CHILD = PseudoClass.getPseudoClass("child");
    /** A parameter row of the comparison on which the runs disagree. */
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

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
        // Columns can be dragged into another order and hidden from the table's own menu (+).
        table.setTableMenuButtonVisible(true);
        table.getColumns().addAll(List.of(
                sortable(new TextColumn<>("Name", RunRow::name), "attributes.run_name"),
                sortable(new TextColumn<>("Started", RunRow::started), "attributes.start_time"),
                new TextColumn<>("Dataset", RunRow::dataset),
                new TextColumn<>("Target", RunRow::target),
                new TextColumn<>("Best candidate", RunRow::best),
                new TextColumn<>("CV metric", RunRow::cvMetric),
                new TextColumn<>("Test metric", RunRow::testMetric),
                new TextColumn<>("Duration", RunRow::duration),
                sortable(new TextColumn<>("Status", RunRow::status), "attributes.status")));
        table.getColumns().forEach(column -> column.setSortable(column.getUserData() != null));
        int fixedColumns = table.getColumns().size();
        Runnable fieldColumns = () -> {
            table.getColumns().remove(fixedColumns, table.getColumns().size());
            for (String field : viewModel.fieldColumns()) {
                table.getColumns().add(sortable(new TextColumn<>(field, row -> row.field(field)), field));
            }
        };
        viewModel.fieldColumns().addListener((ListChangeListener<String>) change -> fieldColumns.run());
        fieldColumns.run();
        // The engine orders: a click on a header asks it, and the table keeps the rows in the order they came.
        table.setSortPolicy(sorted -> {
            if (table.getSortOrder().isEmpty()) {
                viewModel.sortBy(null, true);
            } else {
                TableColumn<RunRow, ?> column = table.getSortOrder().get(0);
                viewModel.sortBy((String) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setRowFactory(view -> new RunTableRow());
        followSelection(table);
        return Sections.listPane("Runs", viewModel.status(), table, searchBar(),
                Sections.hint("Select one run to see it in full; select two or more (Ctrl-click) to compare them. "
                        + "Double-click a run marked ▸ to show or fold its child runs."));
    }

    /** The experiment, the filter with completion and its error below it, the field columns, and the count shown. */
    private Node searchBar() {
        ComboBox<String> experiments = new ComboBox<>();
        experiments.setId("runs-experiment");
        experiments.setPromptText("All experiments");
        viewModel.experiments().addListener((ListChangeListener<ExperimentSummary>) change -> {
            List<String> names = new ArrayList<>();
            names.add(null);
            viewModel.experiments().forEach(e -> names.add(e.name()));
            experiments.getItems().setAll(names);
        });
        experiments.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null) {
                    return "All experiments";
                }
                return viewModel.experiments().stream().filter(e -> e.name().equals(name)).findFirst()
                        .map(e -> name + " (" + Figures.count(e.runCount()) + " runs)").orElse(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        experiments.valueProperty().bindBidirectional(viewModel.experimentProperty());

        TextField filter = new TextField();
        filter.setId("runs-filter");
        filter.setPromptText("Filter, e.g. metrics.auc > 0.8 and params.depth = '4'  (Enter runs it)");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setOnAction(event -> viewModel.applyFilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        completion(filter);

        MenuButton columns = new MenuButton("Columns");
        columns.setId("runs-columns");
        columns.setOnShowing(event -> columns.getItems().setAll(columnChoices()));

        Label shown = Sections.hint("");
        shown.textProperty().bind(viewModel.shownProperty());
        Label error = Sections.problem(viewModel.filterErrorProperty());
        error.setId("runs-filter-error");
        error.setWrapText(true);
        HBox bar = new HBox(8, experiments, filter, columns, shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, error);
    }

    /** One check item per metric, parameter and tag of the experiment; checked ones are columns. */
    private List<MenuItem> columnChoices() {
        List<MenuItem> items = new ArrayList<>();
        RunFields fields = viewModel.fieldsProperty().get();
        addChoices(items, "metrics.", fields.metrics());
        addChoices(items, "params.", fields.params());
        addChoices(items, "tags.", fields.tags());
        return items;
    }

    private void addChoices(List<MenuItem> items, String prefix, List<String> keys) {
        for (String key : keys) {
            CheckMenuItem item = new CheckMenuItem(prefix + key);
            item.setSelected(viewModel.fieldColumns().contains(prefix + key));
            item.setOnAction(event -> {
                if (item.isSelected()) {
                    viewModel.fieldColumns().add(prefix + key);
                } else {
                    viewModel.fieldColumns().remove(prefix + key);
                }
            });
            items.add(item);
        }
    }

    /** A menu under the filter box offering the names that complete the word being typed. */
    private void completion(TextField filter) {
        ContextMenu suggestions = new ContextMenu();
        suggestions.setId("runs-filter-completions");
        filter.textProperty().addListener((obs, old, now) -> {
            if (!filter.isFocused()) {
                return;
            }
            List<String> names = viewModel.completions(now == null ? "" : now);
            if (names.isEmpty()) {
                suggestions.hide();
                return;
            }
            suggestions.getItems().setAll(names.stream().map(name -> {
                MenuItem item = new MenuItem(name);
                item.setOnAction(event -> {
                    viewModel.complete(name);
                    filter.positionCaret(filter.getText().length());
                });
                return (MenuItem) item;
            }).toList());
            if (!suggestions.isShowing() && filter.getScene() != null) {
                suggestions.show(filter, Side.BOTTOM, 0, 0);
            }
        });
        filter.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
    }

    private static <C extends TableColumn<RunRow, ?>> C sortable(C column, String field) {
        column.setUserData(field);
        return column;
    }

    /**
     * A row that asks for the next page as it comes within a screenful of the end (the table only makes rows for
     * what is on screen, so this follows scrolling), and opens or folds a parent's children on a click of its ▸.
     */
    private final class RunTableRow extends TableRow<RunRow> {
        private static final int PREFETCH_ROWS = 50;

        RunTableRow() {
            setOnMouseClicked(event -> {
                RunRow row = getItem();
                if (row != null && row.children() > 0 && event.getClickCount() == 2) {
                    viewModel.toggleChildren(row);
                }
            });
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(PARENT, !empty && row != null && row.children() > 0);
            pseudoClassStateChanged(CHILD, !empty && row != null && row.depth() > 0);
            if (!empty && getIndex() >= getTableView().getItems().size() - PREFETCH_ROWS) {
                viewModel.loadMore();
            }
        }
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
        Tab selected = new Tab("Selected runs", new StackPane(hint, details, comparison));
        Tab scatter = new Tab("Scatter of all runs", scatter());
        scatter.setId("runs-scatter-tab");
        TabPane tabs = new TabPane(selected, scatter);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** Two fields chosen from the experiment's, plotted by the engine over its runs (sampled when many). */
    private Node scatter() {
        RunScatterViewModel model = viewModel.scatter();
        ComboBox<String> x = new ComboBox<>(model.choices());
        x.setId("scatter-x");
        x.valueProperty().bindBidirectional(model.xProperty());
        ComboBox<String> y = new ComboBox<>(model.choices());
        y.setId("scatter-y");
        y.valueProperty().bindBidirectional(model.yProperty());
        Button plot = new Button("Plot");
        plot.setId("scatter-plot");
        plot.setOnAction(event -> model.plot());
        Label note = Sections.hint("");
        note.textProperty().bind(model.noteProperty());
        HBox choose = new HBox(8, new Label("x"), x, new Label("y"), y, plot, note);
        choose.setAlignment(Pos.CENTER_LEFT);

        NumberAxis xAxis = new NumberAxis();
        NumberAxis yAxis = new NumberAxis();
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        ScatterChart<Number, Number> chart = new ScatterChart<>(xAxis, yAxis);
        chart.setId("scatter-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        model.plotProperty().addListener((obs, old, now) -> {
            chart.getData().clear();
            if (now == null) {
                return;
            }
            xAxis.setLabel(now.x());
            yAxis.setLabel(now.y());
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            now.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.x(), p.y())));
            chart.getData().add(series);
        });
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(6, choose, chart);
        box.getStyleClass().add(Sections.DETAILS);
        return box;
    }

    /** One line chart per metric, one line per compared run. */
    private Node histories() {
        FlowPane charts = new FlowPane(12, 12);
        charts.setId("metric-histories");
        Runnable rebuild = () -> {
            charts.getChildren().clear();
            for (MetricOverlay overlay : viewModel.comparison().overlays()) {
                NumberAxis step = new NumberAxis();
                step.setLabel("step");
                step.setAnimated(false);
                NumberAxis value = new NumberAxis();
                value.setForceZeroInRange(false);
                value.setAnimated(false);
                LineChart<Number, Number> chart = new LineChart<>(step, value);
                chart.setTitle(overlay.metric());
                chart.setCreateSymbols(overlay.series().stream().allMatch(s -> s.points().size() <= 1));
                chart.setAnimated(false);
                chart.setPrefSize(420, 260);
                for (MetricOverlay.Series run : overlay.series()) {
                    XYChart.Series<Number, Number> series = new XYChart.Series<>();
                    series.setName(run.run());
                    run.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.step(), p.value())));
                    chart.getData().add(series);
                }
                charts.getChildren().add(chart);
            }
        };
        viewModel.comparison().overlays().addListener((ListChangeListener<MetricOverlay>) change -> rebuild.run());
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(6, Sections.problem(viewModel.comparison().historiesErrorProperty()), scroll);
    }

    private Node parallelCoordinates() {
        ParallelCoordinates chart = new ParallelCoordinates();
        chart.setId("parallel-coordinates");
        chart.dataProperty().bind(viewModel.comparison().parallelProperty());
        return chart;
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
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DIFFERS, !empty && row != null && row.parameter() && row.differs());
            }
        });
        Label note = Sections.hint("");
        note.textProperty().bind(viewModel.comparison().noteProperty());
        Sections.showOnlyWhen(note, viewModel.comparison().noteProperty().isNotEmpty());
        TabPane views = new TabPane(
                new Tab("Table", new VBox(6, Sections.hint("Parameters on which the runs differ are highlighted."),
                        table)),
                new Tab("Metric histories", histories()),
                new Tab("Parallel coordinates", parallelCoordinates()));
        views.setId("comparison-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox box = new VBox(6, Sections.title("Comparison"), note, views);
        box.getStyleClass().add(Sections.DETAILS);
        return box;
    }
}

package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.HistogramChart;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.workspace.RecentPeriod;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The drift page: the window, the verdicts, each input's test, and the chosen input's values side by side. */
final class DriftView {
    private final ScrollPane root;

    DriftView(DriftViewModel viewModel, DataOrigin origin) {
        Label dataset = ViewParts.hint(viewModel.datasetVerdictProperty());
        dataset.setId("drift-dataset-verdict");
        Label prediction = ViewParts.hint(viewModel.predictionVerdictProperty());
        prediction.setId("drift-prediction-verdict");

        TableView<DriftRow> table = new TableView<>(viewModel.inputs());
        table.setId("drift-table");
        table.setPlaceholder(ViewParts.hint("No drift report yet: it needs predictions in the window."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Input", DriftRow::column),
                new TextColumn<>("Verdict", DriftRow::verdict),
                new TextColumn<>("Distance", DriftRow::distance),
                new TextColumn<>("Test", DriftRow::test),
                new TextColumn<>("Score", DriftRow::score),
                new TextColumn<>("Missing (reference → now)", DriftRow::missing)));
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.columnProperty().set(now.column());
            }
        });

        HistogramChart reference = chart("drift-reference-chart");
        HistogramChart current = chart("drift-current-chart");
        viewModel.comparisonProperty().addListener((obs, old, now) -> {
            reference.setHistogram(now == null ? null : now.reference());
            reference.setCategories(now == null ? List.of() : now.referenceCategories());
            current.setHistogram(now == null ? null : now.current());
            current.setCategories(now == null ? List.of() : now.currentCategories());
            reference.setCategoryAxisTitle(now == null ? "" : now.column());
            current.setCategoryAxisTitle(now == null ? "" : now.column());
        });
        Label currentCaption = ViewParts.hint(viewModel.comparisonProperty().map(ColumnComparison::currentCaption)
                .orElse(""));
        VBox left = new VBox(4, ViewParts.title("Reference: the training data"), reference);
        VBox right = new VBox(4, ViewParts.title("Current: the window's predictions"), current, currentCaption);
        // equal halves, whatever each chart would like
        left.setPrefWidth(100);
        right.setPrefWidth(100);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox side = new HBox(12, left, right);
        Label which = ViewParts.hint(viewModel.columnProperty().map(c -> "Values of " + c).orElse(
                "Choose an input above to see its values."));

        VBox content = new VBox(10,
                FormParts.row(ViewParts.title("Drift"),
                        FormParts.choice("drift-window", List.of(RecentPeriod.values()), viewModel.windowProperty()),
                        OriginTag.create(origin)),
                ViewParts.problem(viewModel.errorProperty()), dataset, prediction, table, which, side);
        content.getStyleClass().add("drift");
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private static HistogramChart chart(String id) {
        HistogramChart chart = new HistogramChart();
        chart.setId(id);
        chart.setPrefHeight(240);
        chart.setMaxWidth(Double.MAX_VALUE);
        chart.setEmptyText("No values to draw.");
        return chart;
    }

    Node root() {
        return root;
    }
}

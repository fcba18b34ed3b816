package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.CapacityCurveChart;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.engine.api.LatencyPercentile;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The capacity page: the load-test plan, what Start does and where the load comes from, Start and Stop, the
 * curve of the test shown with its knee in a sentence, and the deployment's tests.
 */
final class CapacityView {
    private final ScrollPane root;

    CapacityView(CapacityViewModel viewModel) {
        Label problem = ViewParts.problem(viewModel.problemProperty());
        problem.setId("capacity-problem");
        Label load = ViewParts.hint(viewModel.loadProperty());
        load.setId("capacity-load");
        Label status = ViewParts.hint(viewModel.testStatusProperty());
        status.setId("capacity-status");

        CapacityCurveChart chart = new CapacityCurveChart();
        chart.setId("capacity-chart");
        chart.testProperty().bind(viewModel.testProperty());
        Label knee = new Label();
        knee.setId("capacity-knee");
        knee.textProperty().bind(viewModel.kneeProperty());
        knee.setWrapText(true);
        knee.getStyleClass().add("verdict");

        VBox content = new VBox(10,
                ViewParts.title("Capacity"),
                ViewParts.hint("A load test offers the deployment a ramp of request rates and measures latency and"
                        + " errors against the throughput it achieves, to find the rate where the objective breaks."),
                plan(viewModel), problem, load, FormParts.row(start(viewModel), stop(viewModel), status),
                ViewParts.problem(viewModel.errorProperty()), chart, knee,
                ViewParts.title("Tests of this deployment"), tests(viewModel));
        content.getStyleClass().add("capacity");
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private static Node plan(CapacityViewModel viewModel) {
        return FormParts.grid(
                "Offer", FormParts.row(
                        FormParts.text("capacity-start-rate", viewModel.startRateProperty(), 60), new Label("to"),
                        FormParts.text("capacity-end-rate", viewModel.endRateProperty(), 60),
                        new Label("requests/s, in"), FormParts.text("capacity-steps", viewModel.stepsProperty(), 40),
                        new Label("steps of"),
                        FormParts.text("capacity-step-seconds", viewModel.stepSecondsProperty(), 40),
                        new Label("s each")),
                "Objective", FormParts.row(
                        FormParts.choice("capacity-percentile", List.of(LatencyPercentile.values()),
                                viewModel.percentileProperty()), new Label("≤"),
                        FormParts.text("capacity-slo", viewModel.sloMillisProperty(), 60),
                        new Label("ms, and errors at most"),
                        FormParts.text("capacity-max-errors", viewModel.maxErrorRateProperty(), 60),
                        new Label("of requests (0.01 is 1 %)")),
                "In flight", FormParts.row(FormParts.text("capacity-concurrency", viewModel.concurrencyProperty(), 40),
                        new Label("requests at most at once")));
    }

    private static Node start(CapacityViewModel viewModel) {
        Button start = new Button("Start");
        start.setId("capacity-start");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> viewModel.start());
        return FormParts.guarded(start, viewModel.canStartProperty().not(),
                "Fix the plan first, or stop the test that runs.", "Start the load test on this deployment.");
    }

    private static Node stop(CapacityViewModel viewModel) {
        Button stop = new Button("Stop");
        stop.setId("capacity-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(viewModel.canStopProperty().not());
        stop.setOnAction(e -> viewModel.stop());
        return stop;
    }

    private static Node tests(CapacityViewModel viewModel) {
        TableView<CapacityRow> table = new TableView<>(viewModel.tests());
        table.setId("capacity-tests");
        table.setPlaceholder(ViewParts.hint("No load test of this deployment yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("When", CapacityRow::when),
                new TextColumn<>("By", CapacityRow::by),
                new TextColumn<>("State", CapacityRow::state),
                new TextColumn<>("Sustained within the objective", CapacityRow::sustained)));
        table.setPrefHeight(180);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.choose(now));
        return table;
    }
}

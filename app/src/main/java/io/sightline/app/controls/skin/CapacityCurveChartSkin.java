package io.sightline.app.controls.skin;

import io.sightline.app.controls.CapacityCurveChart;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.CapacityKnee;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws a {@link CapacityCurveChart} with two built-in line charts sharing the throughput axis: latency above,
 * error rate below. No animation, no symbols but the knee's two markers, axes fixed from the plan and the
 * steps so far. The dashed lines and markers are styled here, in the theme's colours, so the control looks
 * the same wherever it is placed.
 */
public class CapacityCurveChartSkin extends SkinBase<CapacityCurveChart> {
    private static final String DASHED = "-fx-stroke: -color-fg-muted; -fx-stroke-width: 1.5px;"
            + " -fx-stroke-dash-array: 6 4;";
    private static final String NO_LINE = "-fx-stroke: transparent;";
    /** The knee's markers keep their series' colour, as their legend shows it, and stand out by size. */
    private static final String MARKER = "-fx-padding: 7px;";

    private final NumberAxis latencyX = axis("throughput achieved, requests/s");
    private final NumberAxis latencyY = axis("latency, ms");
    private final NumberAxis errorX = axis("throughput achieved, requests/s");
    private final NumberAxis errorY = axis("errors, % (dashed: most allowed)");
    private final LineChart<Number, Number> latency = chart(latencyX, latencyY, CapacityCurveChart.LATENCY_CHART_CLASS);
    private final LineChart<Number, Number> errors = chart(errorX, errorY, CapacityCurveChart.ERROR_CHART_CLASS);
    private final XYChart.Series<Number, Number> p50 = new XYChart.Series<>("p50", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> p95 = new XYChart.Series<>("p95", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> p99 = new XYChart.Series<>("p99", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> objective =
            new XYChart.Series<>("objective", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> kept =
            new XYChart.Series<>("last step kept", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> broken =
            new XYChart.Series<>("first step broken", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> errorRate =
            new XYChart.Series<>("error rate", FXCollections.observableArrayList());
    private final XYChart.Series<Number, Number> allowed =
            new XYChart.Series<>("most allowed", FXCollections.observableArrayList());

    public CapacityCurveChartSkin(CapacityCurveChart control) {
        super(control);
        latency.getData().setAll(List.of(p50, p95, p99, objective, kept, broken));
        errors.getData().setAll(List.of(errorRate, allowed));
        style(objective, DASHED, CapacityCurveChart.OBJECTIVE_CLASS);
        style(allowed, DASHED, CapacityCurveChart.OBJECTIVE_CLASS);
        style(kept, NO_LINE, CapacityCurveChart.KEPT_CLASS);
        style(broken, NO_LINE, CapacityCurveChart.BROKEN_CLASS);
        latency.setPrefHeight(300);
        errors.setPrefHeight(170);
        errors.setLegendVisible(false); // one line: its axis says what it is
        VBox.setVgrow(latency, Priority.ALWAYS);
        getChildren().add(new VBox(latency, errors));
        registerChangeListener(control.testProperty(), o -> update());
        update();
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setLowerBound(0);
        axis.setUpperBound(1);
        axis.setTickUnit(0.2);
        return axis;
    }

    private static LineChart<Number, Number> chart(NumberAxis x, NumberAxis y, String styleClass) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add(styleClass);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        // Steps are drawn in the order offered: past saturation, the throughput achieved may fall back.
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        return chart;
    }

    private static void style(XYChart.Series<Number, Number> series, String style, String styleClass) {
        series.getNode().setStyle(style);
        series.getNode().getStyleClass().add(styleClass);
    }

    private void update() {
        CapacityTest test = getSkinnable().getTest();
        if (test == null) {
            for (XYChart.Series<Number, Number> series : List.of(p50, p95, p99, objective, kept, broken, errorRate,
                    allowed)) {
                series.getData().clear();
            }
            objective.setName("objective");
            return;
        }
        CapacityPlan plan = test.plan();
        List<CapacityPoint> points = test.points();
        double xTop = niceCeiling(Math.max(plan.endPerSecond(),
                points.stream().mapToDouble(CapacityPoint::achievedPerSecond).max().orElse(0)));
        double latencyTop = niceCeiling(Math.max(plan.sloMillis() * 1.25,
                points.stream().mapToDouble(CapacityCurveChartSkin::highestLatency).max().orElse(0) * 1.05));
        double allowedPercent = plan.maxErrorRate() * 100;
        double errorTop = niceCeiling(Math.max(Math.max(1, allowedPercent * 2),
                points.stream().mapToDouble(p -> p.errorRate() * 100).max().orElse(0) * 1.05));
        range(latencyX, xTop);
        range(errorX, xTop);
        range(latencyY, latencyTop);
        range(errorY, errorTop);

        p50.getData().setAll(curve(points, CapacityPoint::p50Millis));
        p95.getData().setAll(curve(points, CapacityPoint::p95Millis));
        p99.getData().setAll(curve(points, CapacityPoint::p99Millis));
        errorRate.getData().setAll(curve(points, p -> p.errorRate() * 100));
        objective.setName("objective: " + plan.percentile().name().toLowerCase(Locale.ROOT) + " ≤ "
                + Figures.significant(plan.sloMillis()) + " ms");
        objective.getData().setAll(level(plan.sloMillis(), xTop));
        allowed.getData().setAll(level(allowedPercent, xTop));

        CapacityKnee knee = test.knee();
        kept.getData().setAll(marker(knee.sustained(), plan));
        broken.getData().setAll(marker(knee.broken(), plan));
    }

    private static double highestLatency(CapacityPoint point) {
        double highest = Math.max(point.p50Millis(), Math.max(point.p95Millis(), point.p99Millis()));
        return Double.isFinite(highest) ? highest : 0;
    }

    private static ObservableList<XYChart.Data<Number, Number>> curve(List<CapacityPoint> points,
            ToDoubleFunction<CapacityPoint> value) {
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (CapacityPoint point : points) {
            data.add(new XYChart.Data<>(point.achievedPerSecond(), value.applyAsDouble(point)));
        }
        return data;
    }

    /** A horizontal line across the whole chart at {@code y}. */
    private static List<XYChart.Data<Number, Number>> level(double y, double xTop) {
        return List.of(new XYChart.Data<>(0, y), new XYChart.Data<>(xTop, y));
    }

    /** The knee's step as a marker at its objective latency; none when there is no such step. */
    private static List<XYChart.Data<Number, Number>> marker(CapacityPoint point, CapacityPlan plan) {
        if (point == null) {
            return List.of();
        }
        XYChart.Data<Number, Number> data = new XYChart.Data<>(point.achievedPerSecond(), plan.percentile().of(point));
        Region symbol = new Region();
        symbol.setStyle(MARKER);
        data.setNode(symbol);
        return List.of(data);
    }

    private static void range(NumberAxis axis, double top) {
        axis.setUpperBound(top);
        axis.setTickUnit(tick(top));
    }

    /** A round number at or above {@code value}: a multiple of half its power of ten (60 for 57, 250 for 205). */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(value))) / 2;
        return Math.ceil(value / unit) * unit;
    }

    /** Ticks of half the power of ten below {@code top}, or twice that when they would be more than ten. */
    static double tick(double top) {
        double unit = Math.pow(10, Math.floor(Math.log10(top))) / 2;
        return top / unit > 10 ? unit * 2 : unit;
    }
}

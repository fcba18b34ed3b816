package io.sightline.app.controls.skin;

import io.sightline.app.controls.RocChart;
import io.sightline.engine.api.RocPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SkinBase;

/** Draws a {@link RocChart} with a {@link LineChart}: no symbols, no animation, axes fixed to [0, 1]. */
public class RocChartSkin extends SkinBase<RocChart> {
    /** More points than a few hundred pixels can show only cost layout time. */
    public static final int MAX_POINTS = 400;

    private final XYChart.Series<Number, Number> curve = new XYChart.Series<>();
    private final LineChart<Number, Number> chart;

    public RocChartSkin(RocChart control) {
        super(control);
        NumberAxis x = new NumberAxis("False-positive rate", 0, 1, 0.2);
        NumberAxis y = new NumberAxis("True-positive rate", 0, 1, 0.2);
        x.setAnimated(false);
        y.setAnimated(false);
        chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        // The points arrive in curve order; re-sorting by x alone could reorder vertical steps.
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        XYChart.Series<Number, Number> chance = new XYChart.Series<>();
        chance.getData().add(new XYChart.Data<>(0, 0));
        chance.getData().add(new XYChart.Data<>(1, 1));
        chart.getData().add(chance);
        chart.getData().add(curve);
        chance.getNode().getStyleClass().add(RocChart.CHANCE_CLASS);
        curve.getNode().getStyleClass().add(RocChart.CURVE_CLASS);
        getChildren().add(chart);
        registerChangeListener(control.pointsProperty(), o -> update());
        update();
    }

    private void update() {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (RocPoint point : thinned(getSkinnable().getPoints())) {
            data.add(new XYChart.Data<>(point.falsePositiveRate(), point.truePositiveRate()));
        }
        curve.getData().setAll(data);
    }

    /** Points in curve order, keeping every k-th one plus both ends when there are too many to draw. */
    public static List<RocPoint> thinned(List<RocPoint> points) {
        List<RocPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(RocPoint::falsePositiveRate)
                .thenComparingDouble(RocPoint::truePositiveRate));
        if (sorted.size() <= MAX_POINTS) {
            return sorted;
        }
        int step = (int) Math.ceil(sorted.size() / (double) MAX_POINTS);
        List<RocPoint> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += step) {
            kept.add(sorted.get(i));
        }
        if (kept.get(kept.size() - 1) != sorted.get(sorted.size() - 1)) {
            kept.add(sorted.get(sorted.size() - 1));
        }
        return kept;
    }
}

package io.sightline.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * A line chart for live figures, as the house rules want them: no symbols, no animation, fixed axes (x from
 * {@code -span} minutes to now, y from 0 to a round number), and at most a few hundred points a line. Each
 * snapshot replaces the points of its series in one go.
 */
public final class LiveLineChart {
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);

    public LiveLineChart(String id, String yLabel) {
        x.setAutoRanging(false);
        y.setAutoRanging(false);
        x.setLabel("minutes ago");
        y.setLabel(yLabel);
        y.setLowerBound(0);
        y.setUpperBound(1);
        y.setTickUnit(0.2);
        x.setLowerBound(-60);
        x.setUpperBound(0);
        x.setTickUnit(10);
        chart.setId(id);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(200);
        chart.setPrefHeight(260);
    }

    public LineChart<Number, Number> node() {
        return chart;
    }

    /** Shows a frame; null empties the chart. */
    public void show(ChartFrame frame) {
        if (frame == null) {
            chart.getData().clear();
            return;
        }
        x.setLowerBound(-frame.spanMinutes());
        x.setTickUnit(tickMinutes(frame.spanMinutes()));
        y.setUpperBound(frame.yMax());
        y.setTickUnit(frame.yMax() / 5);
        List<Curve> curves = frame.curves();
        if (!sameNames(curves)) {
            List<XYChart.Series<Number, Number>> series = new ArrayList<>();
            for (Curve curve : curves) {
                series.add(new XYChart.Series<>(curve.name(), points(curve)));
            }
            chart.getData().setAll(series);
            return;
        }
        for (int i = 0; i < curves.size(); i++) {
            chart.getData().get(i).getData().setAll(points(curves.get(i)));
        }
    }

    /** Six ticks where the span divides by six (10 of 60 minutes), else five: whole minutes for 5 and 15. */
    static double tickMinutes(double spanMinutes) {
        return spanMinutes % 6 == 0 ? spanMinutes / 6 : spanMinutes / 5;
    }

    private boolean sameNames(List<Curve> curves) {
        if (curves.size() != chart.getData().size()) {
            return false;
        }
        for (int i = 0; i < curves.size(); i++) {
            if (!curves.get(i).name().equals(chart.getData().get(i).getName())) {
                return false;
            }
        }
        return true;
    }

    private static javafx.collections.ObservableList<XYChart.Data<Number, Number>> points(Curve curve) {
        double[] xs = curve.x();
        double[] ys = curve.y();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new XYChart.Data<>(xs[i], ys[i]));
        }
        return javafx.collections.FXCollections.observableArrayList(points);
    }
}

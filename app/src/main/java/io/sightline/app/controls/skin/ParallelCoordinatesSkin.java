package io.sightline.app.controls.skin;

import io.sightline.app.controls.ParallelCoordinates;
import io.sightline.app.controls.ParallelData;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws {@link ParallelCoordinates} on a canvas sized to the control, again whenever the data or the size
 * changes: axes with their names and ranges, one coloured line per record and a legend of the records.
 */
public class ParallelCoordinatesSkin extends SkinBase<ParallelCoordinates> {
    /** Ten colours told apart easily (the "category10" palette), one per record in order. */
    public static final List<Color> PALETTE = List.of(Color.web("#1f77b4"), Color.web("#ff7f0e"),
            Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"), Color.web("#8c564b"),
            Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf"));
    private static final double TOP = 34;
    private static final double BOTTOM = 40;
    private static final double SIDE = 60;
    private static final double LEGEND_WIDTH = 150;

    private final Canvas canvas = new Canvas();

    public ParallelCoordinatesSkin(ParallelCoordinates control) {
        super(control);
        getChildren().add(canvas);
        registerChangeListener(control.dataProperty(), o -> draw());
        registerChangeListener(control.widthProperty(), o -> draw());
        registerChangeListener(control.heightProperty(), o -> draw());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        ParallelData data = getSkinnable().getData();
        g.setFill(Color.GRAY);
        g.setTextBaseline(VPos.CENTER);
        if (data.axes().size() < 2 || data.lines().isEmpty()) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Two or more numeric parameters or metrics are needed.", width / 2, height / 2);
            return;
        }
        int axes = data.axes().size();
        double plotWidth = Math.max(10, width - 2 * SIDE - LEGEND_WIDTH);
        double step = plotWidth / (axes - 1);
        double plotHeight = Math.max(10, height - TOP - BOTTOM);
        double[][] ranges = ranges(data);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        for (int a = 0; a < axes; a++) {
            double x = SIDE + a * step;
            g.setStroke(Color.GRAY);
            g.strokeLine(x, TOP, x, TOP + plotHeight);
            g.setFill(Color.GRAY);
            g.fillText(data.axes().get(a), x, TOP - 20, step * 0.95);
            g.fillText(number(ranges[a][1]), x, TOP - 7, step * 0.95);
            g.fillText(number(ranges[a][0]), x, TOP + plotHeight + 10, step * 0.95);
        }
        g.setLineWidth(2);
        for (int i = 0; i < data.lines().size(); i++) {
            ParallelData.Line line = data.lines().get(i);
            Color colour = PALETTE.get(i % PALETTE.size());
            g.setStroke(colour);
            double previousX = Double.NaN;
            double previousY = Double.NaN;
            for (int a = 0; a < axes; a++) {
                Double value = a < line.values().size() ? line.values().get(a) : null;
                if (value == null || value.isNaN()) {
                    previousX = Double.NaN;
                    continue;
                }
                double span = ranges[a][1] - ranges[a][0];
                double fraction = span == 0 ? 0.5 : (value - ranges[a][0]) / span;
                double x = SIDE + a * step;
                double y = TOP + plotHeight * (1 - fraction);
                if (!Double.isNaN(previousX)) {
                    g.strokeLine(previousX, previousY, x, y);
                }
                g.fillOval(x - 2, y - 2, 4, 4);
                previousX = x;
                previousY = y;
            }
            g.setFill(colour);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(line.label(), width - LEGEND_WIDTH + 10, TOP + 14 * i, LEGEND_WIDTH - 14);
            g.setTextAlign(TextAlignment.CENTER);
        }
    }

    /** Each axis's smallest and largest value over the records that have one. */
    private static double[][] ranges(ParallelData data) {
        double[][] ranges = new double[data.axes().size()][];
        for (int a = 0; a < ranges.length; a++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (ParallelData.Line line : data.lines()) {
                Double value = a < line.values().size() ? line.values().get(a) : null;
                if (value != null && !value.isNaN()) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
            ranges[a] = min <= max ? new double[] {min, max} : new double[] {0, 0};
        }
        return ranges;
    }

    private static String number(double value) {
        return Math.abs(value) >= 1000 || value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%.0f", value)
                : String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}

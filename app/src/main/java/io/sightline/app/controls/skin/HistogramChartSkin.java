package io.sightline.app.controls.skin;

import io.sightline.app.controls.HistogramChart;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.Histogram;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** Lays out the bars of a {@link HistogramChart} with regions: bars, grid lines, tick labels, axis titles. */
public class HistogramChartSkin extends SkinBase<HistogramChart> {
    private static final double GAP = 6;
    private static final double BAR_GAP_FRACTION = 0.12;
    /** A few categories should read as bars, not as blocks filling the plot. */
    private static final double MAX_BAR_WIDTH = 72;

    /** One bar: its count and the words of its tooltip. */
    private record Bar(long count, String tooltip) {
    }

    private final List<Region> bars = new ArrayList<>();
    private final List<Label> categoryLabels = new ArrayList<>();
    /** For numeric bins, labels sit on bin edges: their positions as a fraction of the plot width. */
    private final List<Double> categoryLabelPositions = new ArrayList<>();
    private final List<Region> gridLines = new ArrayList<>();
    private final List<Label> valueTicks = new ArrayList<>();
    private final List<Long> tickValues = new ArrayList<>();
    private final Region axisLine = styled(new Region(), HistogramChart.AXIS_LINE_CLASS);
    private final Label valueTitle = styled(new Label(), HistogramChart.AXIS_TITLE_CLASS);
    private final Label categoryTitle = styled(new Label(), HistogramChart.AXIS_TITLE_CLASS);
    private final Label empty = styled(new Label(), HistogramChart.EMPTY_CLASS);
    private boolean labelsBetweenBars;
    private long scaleMax;

    public HistogramChartSkin(HistogramChart control) {
        super(control);
        valueTitle.textProperty().bind(control.valueAxisTitleProperty());
        valueTitle.setRotate(-90);
        categoryTitle.textProperty().bind(control.categoryAxisTitleProperty());
        empty.textProperty().bind(control.emptyTextProperty());
        empty.setWrapText(true);
        registerChangeListener(control.histogramProperty(), o -> rebuild());
        registerChangeListener(control.categoriesProperty(), o -> rebuild());
        rebuild();
    }

    private static <T extends Region> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private void rebuild() {
        HistogramChart chart = getSkinnable();
        List<Bar> data = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        categoryLabelPositions.clear();
        Histogram histogram = chart.getHistogram();
        if (histogram != null && !histogram.counts().isEmpty()) {
            collectBins(histogram, data, labels);
        } else {
            for (CategoryCount category : chart.getCategories()) {
                data.add(new Bar(category.count(), category.value() + ": " + Figures.count(category.count())));
                labels.add(category.value());
            }
            labelsBetweenBars = false;
        }

        bars.clear();
        categoryLabels.clear();
        gridLines.clear();
        valueTicks.clear();
        tickValues.clear();
        long max = data.stream().mapToLong(Bar::count).max().orElse(0);
        scaleMax = niceCeiling(max);
        for (Bar bar : data) {
            Region region = styled(new Region(), HistogramChart.BAR_CLASS);
            Tooltip tooltip = new Tooltip(bar.tooltip());
            tooltip.setShowDelay(Duration.millis(150));
            Tooltip.install(region, tooltip);
            region.setUserData(bar.count());
            bars.add(region);
        }
        for (String text : labels) {
            Label label = styled(new Label(text), HistogramChart.TICK_LABEL_CLASS);
            label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            categoryLabels.add(label);
        }
        if (!data.isEmpty()) {
            for (long tick : new long[] {0, scaleMax / 2, scaleMax}) {
                if (tickValues.contains(tick)) {
                    continue;
                }
                tickValues.add(tick);
                gridLines.add(styled(new Region(), HistogramChart.GRID_LINE_CLASS));
                valueTicks.add(styled(new Label(Figures.count(tick)), HistogramChart.TICK_LABEL_CLASS));
            }
        }
        getChildren().setAll(gridLines);
        getChildren().addAll(bars);
        getChildren().addAll(valueTicks);
        getChildren().addAll(categoryLabels);
        getChildren().addAll(axisLine, valueTitle, categoryTitle, empty);
        boolean hasData = !data.isEmpty();
        empty.setVisible(!hasData);
        axisLine.setVisible(hasData);
        valueTitle.setVisible(hasData);
        categoryTitle.setVisible(hasData);
        chart.setAccessibleText(hasData ? data.size() + " bars, highest " + Figures.count(max) : chart.getEmptyText());
        chart.requestLayout();
    }

    private void collectBins(Histogram histogram, List<Bar> data, List<String> labels) {
        List<Double> edges = histogram.edges();
        int n = histogram.counts().size();
        for (int i = 0; i < n; i++) {
            String range = edges.size() > i + 1
                    ? "[" + Figures.number(edges.get(i)) + ", " + Figures.number(edges.get(i + 1)) + ")"
                    : "bin " + (i + 1);
            data.add(new Bar(histogram.counts().get(i), range + ": " + Figures.count(histogram.counts().get(i))));
        }
        // Three edge labels (first, middle, last) stay readable at any width; tooltips carry every bin.
        labelsBetweenBars = edges.size() == n + 1;
        if (labelsBetweenBars) {
            for (int index : new int[] {0, n / 2, n}) {
                if (!categoryLabelPositions.contains((double) index / n)) {
                    labels.add(Figures.number(edges.get(index)));
                    categoryLabelPositions.add((double) index / n);
                }
            }
        }
    }

    /** The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten) at least {@code max}. */
    public static long niceCeiling(long max) {
        if (max <= 0) {
            return 1;
        }
        long power = 1;
        while (power * 10 <= max) {
            power *= 10;
        }
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            long candidate = (long) Math.ceil(step * power);
            if (candidate >= max && (power > 1 || step == Math.rint(step))) {
                return candidate;
            }
        }
        return 10 * power;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (bars.isEmpty()) {
            layoutInArea(empty, x, y, w, h, 0, HPos.CENTER, VPos.CENTER);
            return;
        }
        double titleHeight = valueTitle.prefHeight(-1);
        double tickWidth = valueTicks.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        double labelHeight = categoryLabels.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0);
        double categoryTitleHeight = categoryTitle.getText().isEmpty() ? 0 : categoryTitle.prefHeight(-1);

        double plotX = x + titleHeight + GAP + tickWidth + GAP;
        double plotY = y + labelHeight / 2;
        double plotW = Math.max(1, x + w - plotX - GAP);
        double plotH = Math.max(1, y + h - plotY - labelHeight - GAP - categoryTitleHeight);
        double bottom = plotY + plotH;

        for (int i = 0; i < valueTicks.size(); i++) {
            double tickY = bottom - plotH * tickValues.get(i) / scaleMax;
            gridLines.get(i).resizeRelocate(plotX, Math.round(tickY), plotW, 1);
            Label tick = valueTicks.get(i);
            double tw = tick.prefWidth(-1);
            double th = tick.prefHeight(-1);
            tick.resizeRelocate(plotX - GAP - tw, tickY - th / 2, tw, th);
        }

        double slot = plotW / bars.size();
        double gap = Math.min(8, slot * BAR_GAP_FRACTION);
        for (int i = 0; i < bars.size(); i++) {
            Region bar = bars.get(i);
            long count = (Long) bar.getUserData();
            double barH = plotH * count / scaleMax;
            double barW = Math.max(1, Math.min(MAX_BAR_WIDTH, slot - gap));
            bar.resizeRelocate(plotX + i * slot + (slot - barW) / 2, bottom - barH, barW, barH);
        }
        axisLine.resizeRelocate(plotX, bottom, plotW, 1);

        double labelY = bottom + GAP / 2;
        for (int i = 0; i < categoryLabels.size(); i++) {
            Label label = categoryLabels.get(i);
            double lw;
            double center;
            if (labelsBetweenBars) {
                lw = Math.min(label.prefWidth(-1), plotW / 2);
                center = plotX + plotW * categoryLabelPositions.get(i);
                // Keep the outer edge labels inside the chart rather than centred over its border.
                center = Math.max(plotX + lw / 2 - GAP, Math.min(center, plotX + plotW - lw / 2 + GAP));
            } else {
                lw = Math.min(label.prefWidth(-1), slot);
                center = plotX + (i + 0.5) * slot;
            }
            label.resizeRelocate(center - lw / 2, labelY, lw, labelHeight);
        }

        double cw = Math.min(categoryTitle.prefWidth(-1), plotW);
        categoryTitle.resizeRelocate(plotX + (plotW - cw) / 2, labelY + labelHeight + GAP / 2, cw, categoryTitleHeight);
        // Rotated about its centre: place the unrotated box so that the rotated one hugs the left edge.
        double vw = Math.min(valueTitle.prefWidth(-1), plotH);
        valueTitle.resizeRelocate(x + titleHeight / 2 - vw / 2, plotY + plotH / 2 - titleHeight / 2, vw, titleHeight);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 360;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 120;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 160;
    }
}

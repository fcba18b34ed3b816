package io.sightline.app.workspace.executive;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/** A small line of a figure's recent values, scaled to its own size; nothing is drawn for fewer than two points. */
final class Sparkline extends Region {
    static final String STYLE_CLASS = "sparkline";

    private final Polyline line = new Polyline();
    private List<Double> values = List.of();

    Sparkline() {
        getStyleClass().add(STYLE_CLASS);
        line.getStyleClass().add("line");
        getChildren().add(line);
        setMinHeight(28);
        setPrefHeight(36);
    }

    void setValues(List<Double> points) {
        values = List.copyOf(points);
        requestLayout();
    }

    List<Double> values() {
        return values;
    }

    @Override
    protected void layoutChildren() {
        line.getPoints().clear();
        if (values.size() < 2) {
            return;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double range = max - min == 0 ? 1 : max - min;
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (int i = 0; i < values.size(); i++) {
            double x = snappedLeftInset() + width * i / (values.size() - 1);
            double y = snappedTopInset() + height * (1 - (values.get(i) - min) / range);
            line.getPoints().addAll(x, y);
        }
    }
}

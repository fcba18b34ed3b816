package io.sightline.app.controls;

import io.sightline.app.controls.skin.HistogramChartSkin;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.Histogram;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * Bars of counts: the bins of a numeric column's {@link Histogram}, or the most frequent values of a
 * categorical one, with a count axis and value labels. Drawn with regions, so it never animates and follows
 * the theme. When both are set the histogram wins; with neither, the chart says there is nothing to draw.
 */
public class HistogramChart extends Control {
    public static final String STYLE_CLASS = "histogram-chart";
    public static final String BAR_CLASS = "bar";
    public static final String GRID_LINE_CLASS = "grid-line";
    public static final String AXIS_LINE_CLASS = "axis-line";
    public static final String TICK_LABEL_CLASS = "tick-label";
    public static final String AXIS_TITLE_CLASS = "axis-title";
    public static final String EMPTY_CLASS = "empty-message";

    private final ObjectProperty<Histogram> histogram = new SimpleObjectProperty<>(this, "histogram");
    private final ObjectProperty<List<CategoryCount>> categories =
            new SimpleObjectProperty<>(this, "categories", List.of());
    private final StringProperty valueAxisTitle = new SimpleStringProperty(this, "valueAxisTitle", "Rows");
    private final StringProperty categoryAxisTitle = new SimpleStringProperty(this, "categoryAxisTitle", "");
    private final StringProperty emptyText =
            new SimpleStringProperty(this, "emptyText", "No values to draw.");

    public HistogramChart() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new HistogramChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ScientistStyles.stylesheet();
    }

    /** Bins of a numeric column; null when the column is not numeric. */
    public ObjectProperty<Histogram> histogramProperty() {
        return histogram;
    }

    public Histogram getHistogram() {
        return histogram.get();
    }

    public void setHistogram(Histogram value) {
        histogram.set(value);
    }

    /** Values and their counts, drawn in the given order when there is no histogram. */
    public ObjectProperty<List<CategoryCount>> categoriesProperty() {
        return categories;
    }

    public List<CategoryCount> getCategories() {
        return categories.get();
    }

    public void setCategories(List<CategoryCount> value) {
        categories.set(value == null ? List.of() : List.copyOf(value));
    }

    /** The title of the vertical (count) axis. */
    public StringProperty valueAxisTitleProperty() {
        return valueAxisTitle;
    }

    public void setValueAxisTitle(String value) {
        valueAxisTitle.set(value);
    }

    /** The title of the horizontal axis, typically the column's name. */
    public StringProperty categoryAxisTitleProperty() {
        return categoryAxisTitle;
    }

    public void setCategoryAxisTitle(String value) {
        categoryAxisTitle.set(value);
    }

    /** What the chart says when it has nothing to draw. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public String getEmptyText() {
        return emptyText.get();
    }

    public void setEmptyText(String value) {
        emptyText.set(value);
    }
}

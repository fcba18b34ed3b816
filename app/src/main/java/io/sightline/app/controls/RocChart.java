package io.sightline.app.controls;

import io.sightline.app.controls.skin.RocChartSkin;
import io.sightline.engine.api.RocPoint;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A ROC curve on fixed unit axes, with the diagonal of guessing for reference. Uses the built-in line chart
 * without symbols or animation; long curves are thinned to a bounded number of points for drawing only.
 */
public class RocChart extends Control {
    public static final String STYLE_CLASS = "roc-chart";
    public static final String CURVE_CLASS = "roc-curve";
    public static final String CHANCE_CLASS = "roc-chance";

    private final ObjectProperty<List<RocPoint>> points = new SimpleObjectProperty<>(this, "points", List.of());

    public RocChart() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RocChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ScientistStyles.stylesheet();
    }

    /** The curve's points as the platform computed them; empty for tasks that have no ROC curve. */
    public ObjectProperty<List<RocPoint>> pointsProperty() {
        return points;
    }

    public List<RocPoint> getPoints() {
        return points.get();
    }

    public void setPoints(List<RocPoint> value) {
        points.set(value == null ? List.of() : List.copyOf(value));
    }
}

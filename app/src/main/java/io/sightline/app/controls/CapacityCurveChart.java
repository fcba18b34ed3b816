package io.sightline.app.controls;

import io.sightline.app.controls.skin.CapacityCurveChartSkin;
import io.sightline.engine.api.CapacityTest;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A load test's curve: latency (p50, p95, p99) against the throughput achieved at each step, with the latency
 * objective as a dashed line and the knee marked (the last step that kept the objective, the first that broke
 * it); below it, each step's error rate against the same throughput, with the most errors allowed dashed. The
 * steps are drawn in the order offered, so a deployment that answers fewer requests as more are offered shows
 * its curve bending back. Axes are fixed by the plan, so they stay put while steps arrive.
 */
public class CapacityCurveChart extends Control {
    public static final String STYLE_CLASS = "capacity-curve-chart";
    public static final String LATENCY_CHART_CLASS = "capacity-latency-chart";
    public static final String ERROR_CHART_CLASS = "capacity-error-chart";
    public static final String OBJECTIVE_CLASS = "capacity-objective";
    public static final String KEPT_CLASS = "capacity-knee-kept";
    public static final String BROKEN_CLASS = "capacity-knee-broken";

    private final ObjectProperty<CapacityTest> test = new SimpleObjectProperty<>(this, "test");

    public CapacityCurveChart() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CapacityCurveChartSkin(this);
    }

    /** The test drawn, its steps as measured so far; null draws empty axes. */
    public ObjectProperty<CapacityTest> testProperty() {
        return test;
    }

    public CapacityTest getTest() {
        return test.get();
    }

    public void setTest(CapacityTest value) {
        test.set(value);
    }
}

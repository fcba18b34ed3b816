package io.sightline.app.demo;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The "Simulated" label every figure computed from simulated data carries. */
public final class SimulatedTag {
    public static final String TEXT = "Simulated";

    private SimulatedTag() {
    }

    public static Label create() {
        Label tag = new Label(TEXT);
        tag.getStyleClass().add(DemoStyles.SIMULATED);
        tag.getStylesheets().add(DemoStyles.stylesheet());
        tag.setTooltip(new Tooltip("Computed from the demo's simulated marketplace, not from real data."));
        return tag;
    }
}

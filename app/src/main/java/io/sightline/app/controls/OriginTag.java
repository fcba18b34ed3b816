package io.sightline.app.controls;

import io.sightline.app.shell.DataOrigin;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The small tag beside a figure that says where its data comes from: "Simulated" (the demo's marketplace) or
 * "Live" (the platform's own traffic). Every figure computed from simulated data carries one.
 */
public final class OriginTag {
    public static final String STYLE_CLASS = "origin-tag";
    public static final PseudoClass SIMULATED = PseudoClass.getPseudoClass("simulated");
    public static final String SIMULATED_TEXT = "Simulated";
    public static final String LIVE_TEXT = "Live";

    private OriginTag() {
    }

    public static Label create(DataOrigin origin) {
        Label tag = new Label(text(origin));
        tag.getStyleClass().add(STYLE_CLASS);
        tag.pseudoClassStateChanged(SIMULATED, origin.simulated());
        tag.setMinWidth(Region.USE_PREF_SIZE);
        tag.setTooltip(new Tooltip(origin.simulated()
                ? "Computed from the demo's simulated marketplace, not from real traffic."
                : "Computed from the predictions and outcomes this platform has recorded."));
        return tag;
    }

    public static String text(DataOrigin origin) {
        return origin.simulated() ? SIMULATED_TEXT : LIVE_TEXT;
    }
}

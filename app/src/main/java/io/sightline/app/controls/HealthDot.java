package io.sightline.app.controls;

import io.sightline.engine.api.HealthStatus;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/** A small round signal: green, yellow or red for a status, grey while there is none (unknown, or off). */
public class HealthDot extends Region {
    public static final String STYLE_CLASS = "health-dot";

    private HealthStatus status;

    public HealthDot() {
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("unknown");
    }

    /** The pseudo-class a dot showing {@code status} carries: {@code :green}, {@code :yellow} or {@code :red}. */
    public static PseudoClass pseudoClass(HealthStatus status) {
        return PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT));
    }

    public void setStatus(HealthStatus shown) {
        status = shown;
        for (HealthStatus s : HealthStatus.values()) {
            pseudoClassStateChanged(pseudoClass(s), s == shown);
        }
        setAccessibleText(shown == null ? "unknown" : shown.name().toLowerCase(Locale.ROOT));
    }

    /** The status shown, or null while the dot is grey. */
    public HealthStatus getStatus() {
        return status;
    }
}

package io.sightline.app.controls;

import io.sightline.app.controls.skin.TrafficLightSkin;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/** A green / yellow / red signal with a caption: the one-glance verdict a business reader looks for. */
public class TrafficLight extends Control {
    public static final String STYLE_CLASS = "traffic-light";
    public static final String HOUSING_CLASS = "housing";
    public static final String LAMP_CLASS = "lamp";
    public static final String CAPTION_CLASS = "caption";
    /** Set on the lamp that is on. */
    public static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");

    /** The three signals, each with the style class of its lamp and the pseudo-class the control gets. */
    public enum Signal {
        RED("lamp-red"),
        YELLOW("lamp-yellow"),
        GREEN("lamp-green");

        private final String lampClass;
        private final PseudoClass pseudoClass;

        Signal(String lampClass) {
            this.lampClass = lampClass;
            this.pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase());
        }

        public String lampClass() {
            return lampClass;
        }

        public PseudoClass pseudoClass() {
            return pseudoClass;
        }
    }

    private final ObjectProperty<Signal> signal = new SimpleObjectProperty<>(this, "signal");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");

    public TrafficLight() {
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.TEXT);
        signal.addListener((obs, old, now) -> {
            for (Signal s : Signal.values()) {
                pseudoClassStateChanged(s.pseudoClass(), s == now);
            }
            updateAccessibleText();
        });
        caption.addListener((obs, old, now) -> updateAccessibleText());
    }

    private void updateAccessibleText() {
        Signal now = getSignal();
        setAccessibleText((now == null ? "" : now.name().toLowerCase() + ": ") + getCaption());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TrafficLightSkin(this);
    }

    /** The lamp that is on, or null when there is nothing to judge yet (all lamps off). */
    public ObjectProperty<Signal> signalProperty() {
        return signal;
    }

    public Signal getSignal() {
        return signal.get();
    }

    public void setSignal(Signal value) {
        signal.set(value);
    }

    /** The words beside the lamps, e.g. "Good enough to use". */
    public StringProperty captionProperty() {
        return caption;
    }

    public String getCaption() {
        return caption.get();
    }

    public void setCaption(String value) {
        caption.set(value);
    }
}

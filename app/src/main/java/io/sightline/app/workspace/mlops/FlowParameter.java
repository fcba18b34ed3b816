package io.sightline.app.workspace.mlops;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One parameter of the flow to start, as the form edits it: its name, the definition's default and the value. */
public final class FlowParameter {
    private final String name;
    private final String defaultValue;
    private final StringProperty value;

    FlowParameter(String name, String defaultValue) {
        this.name = Objects.requireNonNull(name);
        this.defaultValue = defaultValue == null ? "" : defaultValue;
        this.value = new SimpleStringProperty(this, name, this.defaultValue);
    }

    public String name() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Whether the value differs from the default: only such values are sent with the start. */
    boolean edited() {
        return !defaultValue.equals(value.get());
    }
}

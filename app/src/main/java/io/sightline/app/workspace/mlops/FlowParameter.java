package io.sightline.app.workspace.mlops;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One parameter of the flow to start, as the form edits it: its name, the definition's default and the value; or
 * a file of this computer chosen for it (a model file, expected outputs), which the flow gets as the id of the
 * file uploaded to the engine, so that it works the same on this computer and on a server.
 */
public final class FlowParameter {
    private final String name;
    private final String defaultValue;
    private final StringProperty value;
    private Path chosenFile;

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

    /** Takes {@code file} of this computer as the value: it shows its path, and is uploaded when the flow starts. */
    public void choose(Path file) {
        value.set(file.toAbsolutePath().toString());
        chosenFile = file.toAbsolutePath();
    }

    /** The file chosen for this parameter, while the value still names it; else null. */
    Path chosenFile() {
        return chosenFile != null && chosenFile.toString().equals(value.get()) ? chosenFile : null;
    }
}

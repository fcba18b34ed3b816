package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.ColumnType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A column of the uploaded file: the type the engine detected, and the type the user wants it read as. */
public final class ColumnChoice {
    private final String name;
    private final ColumnType detected;
    private final ObjectProperty<ColumnType> type;

    ColumnChoice(String name, ColumnType detected) {
        this.name = name;
        this.detected = detected;
        this.type = new SimpleObjectProperty<>(this, "type", detected);
    }

    public String name() {
        return name;
    }

    public ColumnType detected() {
        return detected;
    }

    /** Writable: the column's type picker edits it; the upload step re-checks the target on every change. */
    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }

    public boolean overridden() {
        return type.get() != null && type.get() != detected;
    }
}

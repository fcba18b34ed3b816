package io.sightline.app.controls;

import io.sightline.app.controls.skin.ParallelCoordinatesSkin;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * Parallel coordinates: one vertical axis per measure (a parameter or a metric), each scaled from its smallest
 * to its largest value, and one line per record (a run) through its values, so that runs which share a shape
 * are seen together. A value a record lacks breaks its line at that axis. Drawn on a canvas.
 */
public class ParallelCoordinates extends Control {
    public static final String STYLE_CLASS = "parallel-coordinates";

    private final ObjectProperty<ParallelData> data = new SimpleObjectProperty<>(this, "data", ParallelData.EMPTY);

    public ParallelCoordinates() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ParallelCoordinatesSkin(this);
    }

    public ObjectProperty<ParallelData> dataProperty() {
        return data;
    }

    public ParallelData getData() {
        return data.get();
    }

    public void setData(ParallelData value) {
        data.set(value == null ? ParallelData.EMPTY : value);
    }
}

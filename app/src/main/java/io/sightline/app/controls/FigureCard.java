package io.sightline.app.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One figure of a dashboard: a caption above its value, in a small card. */
public final class FigureCard {
    public static final String STYLE_CLASS = "figure-card";
    public static final String CAPTION_CLASS = "caption";
    public static final String VALUE_CLASS = "value";

    private FigureCard() {
    }

    public static VBox create(String id, String caption, ObservableValue<String> value) {
        Label name = new Label(caption);
        name.getStyleClass().add(CAPTION_CLASS);
        Label shown = new Label();
        shown.setId(id);
        shown.getStyleClass().add(VALUE_CLASS);
        shown.textProperty().bind(value);
        shown.setWrapText(true);
        VBox card = new VBox(2, name, shown);
        card.getStyleClass().add(STYLE_CLASS);
        return card;
    }
}

package io.sightline.app.controls.skin;

import io.sightline.app.controls.TrafficLight;
import io.sightline.app.controls.TrafficLight.Signal;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Three round lamps in a dark housing, the caption to their right. */
public class TrafficLightSkin extends SkinBase<TrafficLight> {
    private final Map<Signal, Region> lamps = new EnumMap<>(Signal.class);

    public TrafficLightSkin(TrafficLight control) {
        super(control);
        HBox housing = new HBox();
        housing.getStyleClass().add(TrafficLight.HOUSING_CLASS);
        housing.setAlignment(Pos.CENTER);
        for (Signal signal : Signal.values()) {
            Region lamp = new Region();
            lamp.getStyleClass().addAll(TrafficLight.LAMP_CLASS, signal.lampClass());
            lamp.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            lamp.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            lamps.put(signal, lamp);
            housing.getChildren().add(lamp);
        }
        housing.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label caption = new Label();
        caption.getStyleClass().add(TrafficLight.CAPTION_CLASS);
        caption.textProperty().bind(control.captionProperty());
        caption.setWrapText(true);

        HBox root = new HBox(housing, caption);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setSpacing(14);
        getChildren().add(root);

        registerChangeListener(control.signalProperty(), obs -> light(control.getSignal()));
        light(control.getSignal());
    }

    private void light(Signal on) {
        lamps.forEach((signal, lamp) -> lamp.pseudoClassStateChanged(TrafficLight.LIT, signal == on));
    }
}

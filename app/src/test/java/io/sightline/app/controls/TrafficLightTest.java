package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TrafficLightTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static TrafficLight shown(TrafficLight.Signal signal, String caption) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TrafficLight light = new TrafficLight();
            light.setSignal(signal);
            light.setCaption(caption);
            new Scene(new StackPane(light));
            light.applyCss(); // creates the skin
            return light;
        }).get();
    }

    @Test
    void lightsExactlyTheLampOfItsSignal() throws Exception {
        TrafficLight light = shown(TrafficLight.Signal.YELLOW, "Usable, with care");

        assertThat(lit(light)).containsExactly("lamp-yellow");
        assertThat(light.getPseudoClassStates()).contains(TrafficLight.Signal.YELLOW.pseudoClass())
                .doesNotContain(TrafficLight.Signal.GREEN.pseudoClass());
        assertThat(light.lookup("." + TrafficLight.CAPTION_CLASS)).isInstanceOfSatisfying(Label.class,
                label -> assertThat(label.getText()).isEqualTo("Usable, with care"));
        assertThat(light.getAccessibleText()).isEqualTo("yellow: Usable, with care");
    }

    @Test
    void followsChangesAndGoesDarkWithoutASignal() throws Exception {
        TrafficLight light = shown(TrafficLight.Signal.RED, "");

        WaitForAsyncUtils.asyncFx(() -> light.setSignal(TrafficLight.Signal.GREEN)).get();
        assertThat(lit(light)).containsExactly("lamp-green");

        WaitForAsyncUtils.asyncFx(() -> light.setSignal(null)).get();
        assertThat(lit(light)).isEmpty();
    }

    private static List<String> lit(TrafficLight light) {
        return light.lookupAll("." + TrafficLight.LAMP_CLASS).stream()
                .filter(lamp -> lamp.getPseudoClassStates().contains(TrafficLight.LIT))
                .map(TrafficLightTest::lampClass).toList();
    }

    private static String lampClass(Node lamp) {
        return lamp.getStyleClass().stream().filter(c -> c.startsWith("lamp-")).findFirst().orElseThrow();
    }
}

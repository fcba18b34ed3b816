package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LineageChainTest {
    private LineageChain chain;

    @Start
    void start(Stage stage) {
        // The console always runs on an AtlantaFX theme; the controls use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chain = new LineageChain();
        stage.setScene(new Scene(new StackPane(chain), 640, 120));
        stage.show();
    }

    @Test
    void drawsABoxPerStepAndAnArrowBetweenNeighbours(FxRobot robot) {
        robot.interact(() -> chain.getSteps().setAll(new LineageStep("dataset", "credit-g", "9f2c4e1a7b3d"),
                new LineageStep("run", "run-0007", ""), new LineageStep("version", "credit-risk v1", "Staging")));

        assertThat(robot.lookup("." + LineageChain.STEP_CLASS).queryAll()).hasSize(3);
        assertThat(robot.lookup("." + LineageChain.ARROW_CLASS).queryAllAs(Path.class)).hasSize(2);
        assertThat(robot.lookup("." + LineageChain.NAME_CLASS).queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("credit-g", "run-0007", "credit-risk v1");
        assertThat(robot.lookup("." + LineageChain.DETAIL_CLASS).queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("9f2c4e1a7b3d", "Staging");
        assertThat(chain.getAccessibleText()).isEqualTo("dataset credit-g, then run run-0007, then version credit-risk v1");
    }

    @Test
    void anEmptyChainDrawsNothing(FxRobot robot) {
        robot.interact(() -> chain.getSteps().clear());

        assertThat(robot.lookup("." + LineageChain.STEP_CLASS).queryAll()).isEmpty();
        assertThat(robot.lookup("." + LineageChain.ARROW_CLASS).queryAll()).isEmpty();
    }
}

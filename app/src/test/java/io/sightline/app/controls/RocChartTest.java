package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.controls.skin.RocChartSkin;
import io.sightline.engine.api.RocPoint;
import java.util.ArrayList;
import java.util.List;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RocChartTest {
    private RocChart chart;

    @Start
    void start(Stage stage) {
        // The console always runs on an AtlantaFX theme; the controls use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new RocChart();
        stage.setScene(new Scene(new StackPane(chart), 360, 300));
        stage.show();
    }

    @Test
    void drawsTheCurveAndTheDiagonalWithoutSymbolsOrAnimation(FxRobot robot) {
        robot.interact(() -> chart.setPoints(List.of(new RocPoint(0, 0, 1), new RocPoint(0.2, 0.7, 0.5),
                new RocPoint(1, 1, 0))));

        LineChart<?, ?> line = robot.lookup(".chart").queryAs(LineChart.class);
        assertThat(line.getCreateSymbols()).isFalse();
        assertThat(line.getAnimated()).isFalse();
        assertThat(line.getData()).hasSize(2);
        assertThat(line.getData().get(1).getData()).hasSize(3);
        assertThat(robot.lookup("." + RocChart.CURVE_CLASS).queryAll()).hasSize(1);
        assertThat(robot.lookup("." + RocChart.CHANCE_CLASS).queryAll()).hasSize(1);
    }

    @Test
    void longCurvesAreThinnedForDrawingButKeepBothEnds() {
        List<RocPoint> points = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            double fpr = i / 5_000.0;
            points.add(new RocPoint(fpr, Math.sqrt(fpr), 1 - fpr));
        }

        List<RocPoint> drawn = RocChartSkin.thinned(points);

        assertThat(drawn.size()).isLessThanOrEqualTo(RocChartSkin.MAX_POINTS + 1);
        assertThat(drawn.get(0)).isEqualTo(points.get(0));
        assertThat(drawn.get(drawn.size() - 1)).isEqualTo(points.get(points.size() - 1));
    }
}

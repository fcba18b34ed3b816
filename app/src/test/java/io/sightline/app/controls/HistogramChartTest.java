package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.sightline.app.controls.skin.HistogramChartSkin;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.Histogram;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistogramChartTest {
    private HistogramChart chart;

    @Start
    void start(Stage stage) {
        // The console always runs on an AtlantaFX theme; the controls use its looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new HistogramChart();
        chart.setCategoryAxisTitle("age");
        stage.setScene(new Scene(new StackPane(chart), 480, 260));
        stage.show();
    }

    private List<Node> bars(FxRobot robot) {
        return List.copyOf(robot.lookup("." + HistogramChart.BAR_CLASS).queryAll());
    }

    @Test
    void drawsOneBarPerBinWithHeightsInProportionToTheCounts(FxRobot robot) {
        robot.interact(() -> chart.setHistogram(new Histogram(List.of(0.0, 10.0, 20.0, 30.0), List.of(50L, 100L, 25L))));

        List<Node> bars = bars(robot);
        assertThat(bars).hasSize(3);
        double tallest = bars.get(1).getBoundsInParent().getHeight();
        assertThat(tallest).isGreaterThan(0);
        assertThat(bars.get(0).getBoundsInParent().getHeight()).isCloseTo(tallest / 2, offset(1.0));
        assertThat(bars.get(2).getBoundsInParent().getHeight()).isCloseTo(tallest / 4, offset(1.0));
        assertThat(bars).isSortedAccordingTo(Comparator.comparingDouble(b -> b.getBoundsInParent().getMinX()));
    }

    @Test
    void labelsTheEdgesAndTheCountAxis(FxRobot robot) {
        robot.interact(() -> chart.setHistogram(new Histogram(List.of(0.0, 10.0, 20.0, 30.0), List.of(50L, 100L, 25L))));

        List<String> labels = robot.lookup("." + HistogramChart.TICK_LABEL_CLASS).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(labels).contains("0", "10", "30", "100", "50");
        assertThat(robot.lookup("." + HistogramChart.AXIS_TITLE_CLASS).queryAllAs(Label.class))
                .extracting(Label::getText).contains("Rows", "age");
    }

    @Test
    void drawsCategoriesWhenThereIsNoHistogram(FxRobot robot) {
        robot.interact(() -> chart.setCategories(List.of(new CategoryCount("own", 713), new CategoryCount("rent", 179),
                new CategoryCount("free", 108))));

        assertThat(bars(robot)).hasSize(3);
        assertThat(robot.lookup("." + HistogramChart.TICK_LABEL_CLASS).queryAllAs(Label.class))
                .extracting(Label::getText).contains("own", "rent", "free");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw(FxRobot robot) {
        robot.interact(() -> {
            chart.setHistogram(null);
            chart.setCategories(List.of());
        });

        assertThat(bars(robot)).isEmpty();
        Label empty = robot.lookup("." + HistogramChart.EMPTY_CLASS).queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("No values to draw.");
    }

    @Test
    void theCountAxisEndsOnARoundNumberJustAboveTheHighestBar() {
        assertThat(HistogramChartSkin.niceCeiling(37)).isEqualTo(40);
        assertThat(HistogramChartSkin.niceCeiling(290)).isEqualTo(300);
        assertThat(HistogramChartSkin.niceCeiling(100)).isEqualTo(100);
        assertThat(HistogramChartSkin.niceCeiling(101)).isEqualTo(150);
        assertThat(HistogramChartSkin.niceCeiling(3)).isEqualTo(3);
        assertThat(HistogramChartSkin.niceCeiling(0)).isEqualTo(1);
    }
}

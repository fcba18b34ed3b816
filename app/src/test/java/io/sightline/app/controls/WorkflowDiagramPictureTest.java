package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the sample release flow, in both themes, to PNG files under {@code target/} at the console's width,
 * for a person to look at; asserts only that the picture is not blank.
 */
class WorkflowDiagramPictureTest {
    private static final Path PICTURES = Path.of("target", "pictures");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsTheReleaseFlowInTheLightTheme() throws Exception {
        assertThat(picture(new PrimerLight(), "workflow-diagram-light.png")).isPositive();
    }

    @Test
    void drawsTheReleaseFlowInTheDarkTheme() throws Exception {
        assertThat(picture(new PrimerDark(), "workflow-diagram-dark.png")).isPositive();
    }

    /** Writes the picture and answers how many distinct colours it has. */
    private static long picture(Theme theme, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            WorkflowDiagram diagram = new WorkflowDiagram();
            diagram.setGraph(SampleFlows.release());
            SampleFlows.showRollingBack(diagram);
            diagram.setSelectedStep("canary-gate");
            StackPane page = new StackPane(diagram);
            page.setStyle("-fx-background-color: -color-bg-default;");
            new Scene(page, 1280, 420);
            page.applyCss();
            page.layout();
            return page.snapshot(null, null);
        }).get();
        Files.createDirectories(PICTURES);
        write(image, PICTURES.resolve(name));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return java.util.Arrays.stream(pixels).distinct().count() - 1;
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(buffered, "png", file.toFile());
    }
}

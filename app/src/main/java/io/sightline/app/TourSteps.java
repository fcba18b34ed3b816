package io.sightline.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** The steps the documentation tours are made of: waiting on the FX thread without blocking it, and pictures. */
final class TourSteps {
    /** Lets layout and CSS settle (and a progress bar move) before a picture is taken. */
    private static final Duration SETTLE = Duration.millis(800);
    private static final Duration POLL = Duration.millis(500);

    private TourSteps() {
    }

    static void settle(Runnable then) {
        after(SETTLE, then);
    }

    static void after(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }

    /** Nudges every half second until {@code done} holds, then runs {@code then} once. */
    static void until(BooleanSupplier done, Runnable nudge, Runnable then) {
        if (done.getAsBoolean()) {
            then.run();
            return;
        }
        nudge.run();
        after(POLL, () -> until(done, nudge, then));
    }

    /** Scrolls the scroll pane around the node {@code #id} so that the node's top is at the viewport's top. */
    static void scrollTo(Stage stage, String id) {
        Node node = stage.getScene().lookup("#" + id);
        Parent parent = node == null ? null : node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
            double top = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double scrollable = scroll.getContent().getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, top / scrollable));
        }
    }

    /** Saves a PNG of the window as it is drawn now. */
    static void snapshot(Stage stage, Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            System.err.println("Saved " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

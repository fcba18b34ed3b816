package io.sightline.app;

import io.sightline.app.shell.Persona;
import io.sightline.app.shell.ShellViewModel;
import io.sightline.app.shell.Theme;
import io.sightline.app.workspace.analyst.AnalystWizardViewModel;
import io.sightline.app.workspace.analyst.AnalystWorkspace;
import io.sightline.app.workspace.analyst.TrainViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A demonstration run for the documentation: walks the analyst's wizard on the bundled credit-g data with
 * the real engine, saving a PNG of the window at each step, then quits. Every figure on the pictures is
 * the engine's; the tour only clicks.
 */
final class ScreenshotTour {
    private static final String DATASET = "/io/sightline/assets/datasets/credit-g.csv";
    /** Lets layout and CSS settle (and a progress bar move) before a picture is taken. */
    private static final Duration SETTLE = Duration.millis(800);

    private final Stage stage;
    private final ShellViewModel shell;
    private final AnalystWizardViewModel wizard;
    private final Path directory;

    ScreenshotTour(Stage stage, ShellViewModel shell, AnalystWorkspace analyst, Path directory) {
        this.stage = stage;
        this.shell = shell;
        this.wizard = analyst.viewModel();
        this.directory = directory;
    }

    void start() {
        shell.select(Persona.ANALYST);
        if (shell.themeProperty().get() != Theme.LIGHT) {
            shell.toggleTheme();
        }
        Path csv = copyDataset();
        wizard.upload().fileChosen(csv);
        when(() -> wizard.upload().trainableProperty().get(), () -> settle(() -> {
            snapshot("wizard-1-upload.png");
            wizard.proceedToTraining();
            wizard.train().start();
            TrainViewModel train = wizard.train();
            when(() -> train.leaderboard().size() >= 2 || train.runProperty().get() != null,
                    () -> settle(() -> {
                        snapshot("wizard-2-train.png");
                        awaitResults();
                    }),
                    train.leaderboard(), train.runProperty());
        }), wizard.upload().trainableProperty());
    }

    private void awaitResults() {
        when(() -> wizard.results().runProperty().get() != null, () -> settle(() -> {
            snapshot("wizard-3-results.png");
            shell.toggleTheme();
            settle(() -> {
                snapshot("wizard-3-results-dark.png");
                shell.toggleTheme();
                deploy();
            });
        }), wizard.results().runProperty());
    }

    private void deploy() {
        wizard.useThisModel();
        var deploy = wizard.deploy();
        when(() -> deploy.deploymentProperty().get() != null, () -> {
            deploy.predict();
            when(() -> !deploy.predictionProperty().get().isEmpty() || !deploy.predictErrorProperty().get().isEmpty(),
                    () -> settle(() -> {
                        snapshot("wizard-4-deploy.png");
                        System.err.println("Screenshot tour finished: " + directory);
                        javafx.application.Platform.exit();
                    }), deploy.predictionProperty(), deploy.predictErrorProperty());
        }, deploy.deploymentProperty());
    }

    /** Runs {@code then} once, as soon as {@code condition} holds (now, or after one of {@code watched} changes). */
    private static void when(BooleanSupplier condition, Runnable then, Observable... watched) {
        if (condition.getAsBoolean()) {
            then.run();
            return;
        }
        InvalidationListener listener = new InvalidationListener() {
            private boolean done;

            @Override
            public void invalidated(Observable observable) {
                if (!done && condition.getAsBoolean()) {
                    done = true;
                    for (Observable o : watched) {
                        o.removeListener(this);
                    }
                    then.run();
                }
            }
        };
        for (Observable o : watched) {
            o.addListener(listener);
        }
    }

    private static void settle(Runnable then) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }

    private void snapshot(String fileName) {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(directory);
            ImageIO.write(buffered, "png", directory.resolve(fileName).toFile());
            System.err.println("Saved " + directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyDataset() {
        try (InputStream in = ScreenshotTour.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                throw new IllegalStateException("The sample data " + DATASET + " is missing from the class path.");
            }
            Path csv = Files.createTempDirectory("sightline-tour").resolve("credit-g.csv");
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

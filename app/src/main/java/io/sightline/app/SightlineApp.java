package io.sightline.app;

import io.sightline.app.task.FailureMessages;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the console off the FX thread, shows the main window, shows the new one when
 * the demo is reset or left, closes on exit.
 */
public final class SightlineApp extends Application {
    private ConsoleRestarts session;
    private LaunchOptions options;
    private Throwable startFailure;
    private Stage stage;

    @Override
    public void init() {
        // init() runs on the launcher thread: opening the database here keeps the FX thread free.
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
            session = new ConsoleRestarts(options, ConsoleComposition.defaultDataDirectory(),
                    javafx.application.Platform::runLater, this::show, this::fail);
            session.open();
        } catch (RuntimeException e) {
            startFailure = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (startFailure != null) {
            fail(startFailure);
            return;
        }
        ConsoleComposition composition = session.current();
        show(composition);
        options.screenshotTour().ifPresent(directory -> composition.demo().ifPresentOrElse(
                demo -> new DemoTour(stage, composition.shell(), demo, directory).start(),
                () -> new ScreenshotTour(stage, composition.shell(), composition.registry(), directory).start()));
    }

    private void show(ConsoleComposition composition) {
        composition.mainWindow().show(stage);
    }

    private void fail(Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Sightline");
        alert.setHeaderText("Sightline could not start");
        alert.setContentText(FailureMessages.plain(failure));
        alert.setOnHidden(e -> javafx.application.Platform.exit());
        alert.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}

package io.sightline.app;

import io.sightline.app.shell.MainWindow;
import io.sightline.app.task.FailureMessages;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: opens the composition off the FX thread, shows the main window, closes on exit. */
public final class SightlineApp extends Application {
    private ConsoleComposition composition;
    private LaunchOptions options;
    private Throwable startFailure;

    @Override
    public void init() {
        // init() runs on the launcher thread: opening the database here keeps the FX thread free.
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
            composition = ConsoleComposition.open(options);
        } catch (RuntimeException e) {
            startFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle("Sightline");
            alert.setHeaderText("Sightline could not start");
            alert.setContentText(FailureMessages.plain(startFailure));
            alert.setOnHidden(e -> javafx.application.Platform.exit());
            alert.show();
            return;
        }
        MainWindow window = composition.mainWindow();
        window.show(stage);
        options.screenshotTour().ifPresent(directory ->
                new ScreenshotTour(stage, composition.shell(), composition.registry(), directory).start());
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
    }
}

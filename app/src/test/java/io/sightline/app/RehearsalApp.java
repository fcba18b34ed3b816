package io.sightline.app;

import io.sightline.app.rehearsal.RehearsalPlatform;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** TEMPORARY layout rehearsal only (not committed). */
public class RehearsalApp extends Application {
    ConsoleComposition c;
    @Override public void start(Stage stage) {
        LaunchOptions o = LaunchOptions.parse(List.of());
        c = new ConsoleComposition(o, new RehearsalPlatform());
        c.mainWindow().show(stage);
        o.screenshotTour().ifPresent(d -> new ScreenshotTour(stage, c.shell(),
                (io.sightline.app.workspace.analyst.AnalystWorkspace) c.registry().workspaces().get(0), d).start());
    }
    public static void main(String[] a) { launch(RehearsalApp.class, a); }
}

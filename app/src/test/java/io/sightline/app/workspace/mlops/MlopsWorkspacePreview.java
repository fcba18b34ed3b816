package io.sightline.app.workspace.mlops;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.task.UiTaskExecutor;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the workspace on the scripted platform for a look by eye (not a test): {@code deployments},
 * {@code policy}, {@code drift}, {@code setup} or {@code capacity} picks the tab, {@code bottom} scrolls it down. Prints READY once
 * the charts have a few points, so that a script can take a screenshot.
 */
public final class MlopsWorkspacePreview {
    private MlopsWorkspacePreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            String page = args.isEmpty() ? "deployments" : args.get(0);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MlopsWorkspace workspace = new MlopsWorkspace(new MlopsPlatform().whole(), new UiTaskExecutor(),
                    DataOrigin.SIMULATED, java.time.Duration.ofMillis(500));
            Parent root = (Parent) workspace.view();
            Scene scene = new Scene(root, 1440, 900);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            workspace.onShown();
            PauseTransition loaded = new PauseTransition(Duration.seconds(6));
            loaded.setOnFinished(e -> {
                TabPane tabs = (TabPane) root.lookup("#mlops-tabs");
                tabs.getSelectionModel().select(switch (page) {
                    case "policy" -> 1;
                    case "drift" -> 2;
                    case "setup" -> 3;
                    case "capacity" -> 4;
                    default -> 0;
                });
                PauseTransition shown = new PauseTransition(Duration.seconds(1.5));
                shown.setOnFinished(x -> {
                    if (args.contains("bottom")) {
                        root.lookupAll(".scroll-pane").stream().filter(n -> n.isVisible() && n instanceof ScrollPane)
                                .forEach(n -> ((ScrollPane) n).setVvalue(1));
                    }
                    PauseTransition settled = new PauseTransition(Duration.seconds(1));
                    settled.setOnFinished(y -> System.out.println("READY"));
                    settled.play();
                });
                shown.play();
            });
            loaded.play();
        }
    }
}

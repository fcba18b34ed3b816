package io.sightline.app.workspace.scientist;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.RunInfo;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the workspace on scripted records for a look by eye (not a test): {@code datasets}, {@code runs},
 * {@code compare} or {@code models} picks the tab and selection, {@code dark} the dark theme, {@code bottom} scrolls the details down. Prints READY once
 * the selection is on screen, so a script can take a screenshot.
 */
public final class ScientistWorkspacePreview {
    private ScientistWorkspacePreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            String page = args.isEmpty() ? "datasets" : args.get(0);
            Application.setUserAgentStylesheet(args.contains("dark")
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            ScientistWorkspace workspace = new ScientistWorkspace(ComposedPlatform.of(new ScientistWorkspaceTest.OneOfEach() {
                @Override
                public List<DatasetInfo> datasets() {
                    return List.of(ScientistRecords.dataset(), ScientistRecords.otherDataset());
                }

                @Override
                public List<RunInfo> runs() {
                    return List.of(ScientistRecords.run(), ScientistRecords.earlierRun());
                }
            }), new UiTaskExecutor());
            Parent root = (Parent) workspace.view();
            stage.setScene(new Scene(root, 1440, 900));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            workspace.onShown();

            PauseTransition loaded = new PauseTransition(Duration.seconds(2));
            loaded.setOnFinished(e -> {
                TabPane tabs = (TabPane) root.lookup("#scientist-tabs");
                switch (page) {
                    case "runs" -> {
                        tabs.getSelectionModel().select(1);
                        table(root, "#runs-table").getSelectionModel().select(0);
                    }
                    case "compare" -> {
                        tabs.getSelectionModel().select(1);
                        table(root, "#runs-table").getSelectionModel().selectIndices(0, 1);
                    }
                    case "models" -> {
                        tabs.getSelectionModel().select(2);
                        table(root, "#models-table").getSelectionModel().select(0);
                    }
                    default -> {
                        table(root, "#datasets-table").getSelectionModel().select(0);
                        if (args.contains("category")) {
                            table(root, "#columns-table").getSelectionModel().select(1);
                        }
                    }
                }
                PauseTransition selected = new PauseTransition(Duration.seconds(1.5));
                selected.setOnFinished(x -> {
                    if (page.equals("models")) {
                        table(root, "#versions-table").getSelectionModel().select(0);
                    }
                    if (args.contains("bottom")) {
                        root.lookupAll(".scroll-pane").stream().filter(n -> n.isVisible() && n instanceof ScrollPane)
                                .forEach(n -> ((ScrollPane) n).setVvalue(1));
                    }
                    PauseTransition settled = new PauseTransition(Duration.seconds(1));
                    settled.setOnFinished(y -> System.out.println("READY"));
                    settled.play();
                });
                selected.play();
            });
            loaded.play();
        }

        private static TableView<?> table(Parent root, String id) {
            return (TableView<?>) root.lookup(id);
        }
    }
}

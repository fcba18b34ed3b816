package io.sightline.app;

import io.sightline.app.shell.Persona;
import io.sightline.app.shell.ShellPage;
import io.sightline.app.shell.ShellViewModel;
import io.sightline.app.shell.Theme;
import io.sightline.app.shell.Workspace;
import io.sightline.app.shell.WorkspaceRegistry;
import io.sightline.app.workspace.analyst.AnalystWizardViewModel;
import io.sightline.app.workspace.analyst.AnalystWorkspace;
import io.sightline.app.workspace.analyst.SampleDataset;
import io.sightline.app.workspace.analyst.TrainViewModel;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * A demonstration run for the documentation: walks the analyst's wizard on the bundled credit-g data with
 * the real engine, then the data scientist's tabs on what it made, saving a PNG of the window at each step,
 * then quits. Every figure on the pictures is
 * the engine's; the tour only clicks. It ends on the shell's pages (platforms, system health). It runs on
 * whatever platform the console opened, a remote server included.
 */
final class ScreenshotTour {
    private final Stage stage;
    private final ShellViewModel shell;
    private final AnalystWizardViewModel wizard;
    private final Workspace scientist;
    private final Path directory;
    /** Put before every file name, e.g. "remote-" for the tour against a server. */
    private final String prefix = System.getProperty("sightline.screenshotPrefix", "");

    ScreenshotTour(Stage stage, ShellViewModel shell, WorkspaceRegistry workspaces, Path directory) {
        this.stage = stage;
        this.shell = shell;
        this.wizard = workspaces.workspaces().stream().filter(AnalystWorkspace.class::isInstance)
                .map(AnalystWorkspace.class::cast).findFirst().orElseThrow().viewModel();
        this.scientist = workspaces.workspaces().stream().filter(w -> w.persona() == Persona.DATA_SCIENTIST)
                .findFirst().orElseThrow();
        this.directory = directory;
    }

    void start() {
        shell.select(Persona.ANALYST);
        if (shell.themeProperty().get() != Theme.LIGHT) {
            shell.toggleTheme();
        }
        Path csv = SampleDataset.copyToTemporaryFile();
        wizard.upload().fileChosen(csv);
        when(() -> wizard.upload().trainableProperty().get(), () -> TourSteps.settle(() -> {
            snapshot("wizard-1-upload.png");
            wizard.proceedToTraining();
            wizard.train().start();
            TrainViewModel train = wizard.train();
            when(() -> train.leaderboard().size() >= 2 || train.runProperty().get() != null,
                    () -> TourSteps.settle(() -> {
                        snapshot("wizard-2-train.png");
                        awaitResults();
                    }),
                    train.leaderboard(), train.runProperty());
        }), wizard.upload().trainableProperty());
    }

    private void awaitResults() {
        when(() -> wizard.results().runProperty().get() != null, () -> TourSteps.settle(() -> {
            snapshot("wizard-3-results.png");
            shell.toggleTheme();
            TourSteps.settle(() -> {
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
                    () -> TourSteps.settle(() -> {
                        snapshot("wizard-4-deploy.png");
                        scientistTour();
                    }), deploy.predictionProperty(), deploy.predictErrorProperty());
        }, deploy.deploymentProperty());
    }

    /** The data scientist's three tabs on what the wizard just made: dataset profile, run, model versions. */
    private void scientistTour() {
        shell.select(Persona.DATA_SCIENTIST);
        TabPane tabs = (TabPane) scientist.view().lookup("#scientist-tabs");
        showTab(tabs, 0, "#datasets-table", datasets -> {
            TableView<?> columns = table("#columns-table");
            // a refresh of the list (events arrive later from a remote server) may drop an early selection
            TourSteps.until(() -> columns.getItems().size() > 4, () -> {
                if (datasets.getSelectionModel().isEmpty()) {
                    datasets.getSelectionModel().select(0);
                }
            }, () -> {
                columns.getSelectionModel().select(4);
                TourSteps.settle(() -> {
                    snapshot("scientist-datasets.png");
                    showTab(tabs, 1, "#runs-table", runs -> {
                        runs.getSelectionModel().select(0);
                        TourSteps.settle(() -> {
                            snapshot("scientist-runs.png");
                            showTab(tabs, 2, "#models-table", models -> {
                                TableView<?> versions = table("#versions-table");
                                TourSteps.until(() -> !versions.getItems().isEmpty(), () -> {
                                    if (models.getSelectionModel().isEmpty()) {
                                        models.getSelectionModel().select(0);
                                    }
                                }, () -> TourSteps.settle(() -> {
                                    versions.getSelectionModel().select(0);
                                    TourSteps.settle(() -> {
                                        snapshot("scientist-models.png");
                                        shellPages();
                                    });
                                }));
                            });
                        });
                    });
                });
            });
        });
    }

    /** The shell's own pages: the platforms the console knows, and the system's health. */
    private void shellPages() {
        shell.showPage(ShellPage.PLATFORMS);
        TourSteps.settle(() -> {
            snapshot("platforms.png");
            shell.showPage(ShellPage.SYSTEM_HEALTH);
            TourSteps.settle(() -> TourSteps.settle(() -> {
                snapshot("system-health.png");
                System.err.println("Screenshot tour finished: " + directory);
                javafx.application.Platform.exit();
            }));
        });
    }

    /** Selects a tab, lets its skin and content come to be, then hands over its table once it has rows. */
    private void showTab(TabPane tabs, int index, String tableId, java.util.function.Consumer<TableView<?>> then) {
        tabs.getSelectionModel().select(index);
        TourSteps.settle(() -> {
            TableView<?> table = table(tableId);
            when(() -> !table.getItems().isEmpty(), () -> then.accept(table), table.getItems());
        });
    }

    private TableView<?> table(String id) {
        return (TableView<?>) stage.getScene().lookup(id);
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

    private void snapshot(String fileName) {
        TourSteps.snapshot(stage, directory.resolve(prefix + fileName));
    }
}

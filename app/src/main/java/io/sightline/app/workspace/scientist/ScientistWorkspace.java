package io.sightline.app.workspace.scientist;

import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Platform;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;

/**
 * The data scientist's workspace for the shell's registry: datasets, runs and the model registry. It follows
 * platform events while on screen and stops listening when its view leaves the scene.
 */
public final class ScientistWorkspace implements Workspace {
    private final ScientistViewModel viewModel;
    private final ScheduledExecutorService timer;
    private ScientistView view;

    public ScientistWorkspace(Platform platform, TaskExecutor tasks) {
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scientist-reload-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.viewModel = new ScientistViewModel(platform, tasks, this::schedule, System::currentTimeMillis);
    }

    /** Paced reloads start on the FX thread; after {@link #close()} an event still in flight changes nothing. */
    private void schedule(Runnable action, long delayMillis) {
        try {
            timer.schedule(() -> javafx.application.Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The workspace was closed: there is nothing left to reload.
        }
    }

    @Override
    public Persona persona() {
        return Persona.DATA_SCIENTIST;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ScientistView(viewModel);
            view.root().sceneProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    viewModel.deactivate();
                }
            });
        }
        return view.root();
    }

    @Override
    public void onShown() {
        view();
        viewModel.activate();
    }

    /** Stops listening and stops the reload timer. */
    @Override
    public void close() {
        viewModel.deactivate();
        timer.shutdownNow();
    }

    ScientistViewModel viewModel() {
        return viewModel;
    }
}

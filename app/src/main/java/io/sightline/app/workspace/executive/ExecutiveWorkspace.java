package io.sightline.app.workspace.executive;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.LiveWorkspace;
import io.sightline.app.shell.Persona;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Platform;
import java.time.Duration;
import javafx.scene.Node;

/**
 * The executive's workspace for the shell's registry. While on screen it follows platform events and reloads
 * its figures every {@link #REFRESH} (outcomes and traffic change without events); off screen it does neither.
 */
public final class ExecutiveWorkspace extends LiveWorkspace {
    static final Duration REFRESH = Duration.ofSeconds(30);

    private final ExecutiveViewModel viewModel;

    public ExecutiveWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin) {
        super(Persona.EXECUTIVE, "executive-timer");
        this.viewModel = new ExecutiveViewModel(platform, tasks, timer.timing(), origin);
        timer.everyWhileShown(REFRESH, viewModel::refresh);
    }

    @Override
    protected Node createView() {
        return new ExecutiveView(viewModel).root();
    }

    @Override
    protected ExecutiveViewModel viewModel() {
        return viewModel;
    }
}

package io.sightline.app.workspace.executive;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.WorkspaceTimer;
import io.sightline.engine.api.Platform;
import java.time.Duration;
import javafx.scene.Node;

/**
 * The executive's workspace for the shell's registry. While on screen it follows platform events and reloads
 * its figures every {@link #REFRESH} (outcomes and traffic change without events); off screen it does neither.
 */
public final class ExecutiveWorkspace implements Workspace {
    static final Duration REFRESH = Duration.ofSeconds(30);

    private final WorkspaceTimer life;
    private final ExecutiveViewModel viewModel;
    private ExecutiveView view;

    public ExecutiveWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin) {
        this.life = new WorkspaceTimer("executive-timer", () -> viewModel().activate(),
                () -> viewModel().deactivate());
        this.viewModel = new ExecutiveViewModel(platform, tasks, life.timing(), origin);
        life.everyWhileShown(REFRESH, viewModel::refresh);
    }

    @Override
    public Persona persona() {
        return Persona.EXECUTIVE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ExecutiveView(viewModel);
            life.watch(view.root());
        }
        return view.root();
    }

    @Override
    public void onShown() {
        view();
        life.shown();
    }

    @Override
    public void close() {
        life.close();
    }

    ExecutiveViewModel viewModel() {
        return viewModel;
    }
}

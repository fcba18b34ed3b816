package io.sightline.app.shell;

import io.sightline.app.task.LiveViewModel;
import io.sightline.app.task.WorkspaceTimer;
import java.util.Objects;
import javafx.scene.Node;

/**
 * A workspace that follows the platform while it is on screen: its view is built once, on first use; showing
 * it activates its view model, its view leaving the scene (another workspace took its place) or closing the
 * console deactivates it. Its {@link WorkspaceTimer} paces reloads and repeats refreshes only while it is shown.
 */
public abstract class LiveWorkspace implements Workspace {
    protected final WorkspaceTimer timer;
    private final Persona persona;
    private Node root;

    protected LiveWorkspace(Persona persona, String timerName) {
        this.persona = Objects.requireNonNull(persona);
        this.timer = new WorkspaceTimer(timerName, () -> viewModel().activate(), () -> viewModel().deactivate());
    }

    /** Builds the workspace's root node; called once. */
    protected abstract Node createView();

    /** What follows the platform while the workspace is shown. */
    protected abstract LiveViewModel viewModel();

    @Override
    public final Persona persona() {
        return persona;
    }

    @Override
    public final Node view() {
        if (root == null) {
            root = createView();
            timer.watch(root);
        }
        return root;
    }

    @Override
    public final void onShown() {
        view();
        timer.shown();
    }

    /** Deactivates the workspace and stops its timer. */
    @Override
    public void close() {
        timer.close();
    }
}

package io.sightline.app.shell;

import io.sightline.app.task.WorkspaceTimer;
import javafx.scene.Node;

/**
 * A workspace that follows the platform while it is on screen: its view is built once, on first use; showing
 * it activates it, its view leaving the scene (another workspace took its place) or closing the console
 * deactivates it. Its {@link WorkspaceTimer} paces reloads and repeats refreshes only while it is shown.
 */
public abstract class LiveWorkspace implements Workspace {
    protected final WorkspaceTimer timer;
    private Node root;

    protected LiveWorkspace(String timerName) {
        this.timer = new WorkspaceTimer(timerName, this::activate, this::deactivate);
    }

    /** Builds the workspace's root node; called once. */
    protected abstract Node createView();

    /** Starts following the platform (the view is on screen). */
    protected abstract void activate();

    /** Stops following the platform. */
    protected abstract void deactivate();

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

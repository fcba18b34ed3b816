package io.sightline.app.shell;

import javafx.scene.Node;
import javafx.stage.Window;

/**
 * A persona's workspace, as the shell's registry knows it: who it is for, its view (built once, on first
 * use), and what to do when the user comes back to it.
 */
public interface Workspace extends AutoCloseable {
    Persona persona();

    /** The workspace's root node; the same node on every call. */
    Node view();

    /** Called each time the workspace is shown, so that it can reload what may have changed meanwhile. */
    default void onShown() {
    }

    /** Whether File ▸ Open (Ctrl+O) means something here; most workspaces have no file to open. */
    default boolean opensFiles() {
        return false;
    }

    /** Asks the user for a file and opens it; only called when {@link #opensFiles()} is true. */
    default void openFile(Window owner) {
    }

    /** Releases what the workspace holds (subscriptions, timers) when the console closes. */
    @Override
    default void close() {
    }
}

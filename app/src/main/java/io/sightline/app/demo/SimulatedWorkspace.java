package io.sightline.app.demo;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * A workspace shown with a "Simulated" banner above it: for workspaces that do not label their figures one by
 * one, every figure they show in the demo comes from the simulated marketplace.
 */
public final class SimulatedWorkspace implements Workspace {
    public static final String BANNER_ID = "simulated-banner";

    private final Workspace inner;
    private BorderPane view;

    private SimulatedWorkspace(Workspace inner) {
        this.inner = inner;
    }

    /** The workspace as it is for the user's own data, under a "Simulated" banner for the demo's. */
    public static Workspace labelled(Workspace workspace, DataOrigin origin) {
        return origin.simulated() ? new SimulatedWorkspace(workspace) : workspace;
    }

    @Override
    public Persona persona() {
        return inner.persona();
    }

    @Override
    public Node view() {
        if (view == null) {
            Label explanation = new Label("Every figure here comes from the demo's simulated marketplace.");
            HBox banner = new HBox(8, SimulatedTag.create(), explanation);
            banner.setId(BANNER_ID);
            banner.getStyleClass().add(DemoStyles.SIMULATED_BANNER);
            banner.setAlignment(Pos.CENTER_LEFT);
            banner.setPadding(new Insets(4, 16, 4, 16));
            view = new BorderPane(inner.view(), banner, null, null, null);
            view.getStylesheets().add(DemoStyles.stylesheet());
        }
        return view;
    }

    @Override
    public void onShown() {
        inner.onShown();
    }

    @Override
    public boolean opensFiles() {
        return inner.opensFiles();
    }

    @Override
    public void openFile(Window owner) {
        inner.openFile(owner);
    }

    @Override
    public void close() {
        inner.close();
    }
}

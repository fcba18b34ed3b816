package io.sightline.app.shell;

import io.sightline.engine.api.Platform;
import javafx.scene.control.Label;

/** A workspace for shell tests: it remembers the platform it was made on and whether it was closed. */
final class RecordingWorkspace implements Workspace {
    static final String LABEL_ID = "fake-workspace";

    final Persona persona;
    final Platform platform;
    volatile boolean closed;
    private Label view;

    RecordingWorkspace(Persona persona, Platform platform) {
        this.persona = persona;
        this.platform = platform;
    }

    @Override
    public Persona persona() {
        return persona;
    }

    /** A label naming the persona and where its platform keeps its data. */
    @Override
    public javafx.scene.Node view() {
        if (view == null) {
            view = new Label(persona.title() + " on " + platform.info().location());
            view.setId(LABEL_ID);
        }
        return view;
    }

    @Override
    public void close() {
        closed = true;
    }
}

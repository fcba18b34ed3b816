package io.sightline.app.workspace.analyst;

import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Platform;
import java.time.Duration;
import javafx.scene.Node;
import javafx.stage.Window;

/** The business analyst's workspace: the four-step wizard from a CSV file to a model in use. */
public final class AnalystWorkspace implements Workspace {
    private final AnalystWizardViewModel viewModel;
    private AnalystWizardView view;

    /** {@code trainingBudget} caps each training; the composition root decides it. */
    public AnalystWorkspace(Platform platform, TaskExecutor tasks, Duration trainingBudget) {
        this.viewModel = new AnalystWizardViewModel(platform, tasks, javafx.application.Platform::runLater,
                trainingBudget);
    }

    @Override
    public Persona persona() {
        return Persona.ANALYST;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new AnalystWizardView(viewModel);
        }
        return view;
    }

    @Override
    public boolean opensFiles() {
        return true;
    }

    @Override
    public void openFile(Window owner) {
        view();
        view.chooseFile(owner);
    }

    public AnalystWizardViewModel viewModel() {
        return viewModel;
    }
}

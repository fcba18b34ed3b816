package io.sightline.app.workspace.analyst;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/** The wizard's frame: the step indicator on top, the current step's screen below. */
public final class AnalystWizardView extends BorderPane {
    public static final String ID = "analyst-wizard";

    private final AnalystWizardViewModel viewModel;
    private final UploadStepView upload;
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);
    private final StackPane stack = new StackPane();

    public AnalystWizardView(AnalystWizardViewModel viewModel) {
        this.viewModel = viewModel;
        setId(ID);
        getStyleClass().add("analyst-wizard");
        upload = new UploadStepView(viewModel.upload(), viewModel::proceedToTraining);
        pages.put(WizardStep.UPLOAD, upload.node());
        pages.put(WizardStep.TRAIN, new TrainStepView(viewModel.train()).node());
        pages.put(WizardStep.RESULTS, new ResultsStepView(viewModel.results(), viewModel::useThisModel).node());
        pages.put(WizardStep.DEPLOY, new DeployStepView(viewModel.deploy()).node());

        Node indicator = new StepIndicator(viewModel).node();
        BorderPane.setMargin(indicator, new Insets(12, 28, 0, 28));
        setTop(indicator);
        setCenter(stack);
        viewModel.stepProperty().addListener((obs, old, step) -> show(step));
        show(viewModel.stepProperty().get());
    }

    private void show(WizardStep step) {
        stack.getChildren().setAll(pages.get(step));
    }

    /** File ▸ Open: back to the first step and ask for a file there. */
    public void chooseFile(Window owner) {
        viewModel.goTo(WizardStep.UPLOAD);
        upload.chooseFile(owner);
    }

    public AnalystWizardViewModel viewModel() {
        return viewModel;
    }
}

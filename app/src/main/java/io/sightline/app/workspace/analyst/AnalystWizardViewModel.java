package io.sightline.app.workspace.analyst;

import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.RunInfo;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The wizard as a whole: which step is shown, how far the user has got, and the hand-over from one step's
 * model to the next (dataset to training, run to results and deployment).
 */
public final class AnalystWizardViewModel {
    private String modelName;

    public <P extends Datasets & Deployments & Events & Predictions & Registry & Runs & Training> AnalystWizardViewModel(P platform,
            TaskExecutor tasks, Executor uiThread, Duration trainingBudget) {
        this.upload = new UploadViewModel(platform, tasks);
        this.train = new TrainViewModel(platform, tasks, uiThread, trainingBudget);
        this.results = new ResultsViewModel();
        this.deploy = new DeployViewModel(platform, tasks);
        // A new file starts the story again: later steps would describe the old one.
        upload.datasetProperty().addListener((obs, old, now) -> furthest.set(WizardStep.UPLOAD));
        train.runProperty().addListener((obs, old, run) -> {
            if (run != null) {
                showResults(run);
            }
        });
    }

    private final UploadViewModel upload;

    public UploadViewModel upload() {
        return upload;
    }

    private final TrainViewModel train;

    public TrainViewModel train() {
        return train;
    }

    private final ResultsViewModel results;

    public ResultsViewModel results() {
        return results;
    }

    private final DeployViewModel deploy;

    public DeployViewModel deploy() {
        return deploy;
    }

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.UPLOAD);

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<WizardStep> furthest = new ReadOnlyObjectWrapper<>(WizardStep.UPLOAD);

    /** The furthest step the user may go to with what has been done so far. */
    public ReadOnlyObjectProperty<WizardStep> furthestProperty() {
        return furthest.getReadOnlyProperty();
    }

    /** From Upload: hand the dataset and target to training and move on. */
    public void proceedToTraining() {
        if (!upload.trainableProperty().get()) {
            return;
        }
        TrainingSetup setup = upload.trainingSetup();
        modelName = setup.modelName();
        train.prepare(setup);
        reach(WizardStep.TRAIN);
    }

    private void showResults(RunInfo run) {
        results.show(run);
        deploy.prepare(run, modelName);
        reach(WizardStep.RESULTS);
    }

    /** From Results: deploy the model and show the try-it form. */
    public void useThisModel() {
        if (results.runProperty().get() == null) {
            return;
        }
        deploy.useThisModel();
        reach(WizardStep.DEPLOY);
    }

    /** Back (or forward again) to a step already reached. */
    public void goTo(WizardStep target) {
        if (target.compareTo(furthest.get()) <= 0) {
            step.set(target);
        }
    }

    private void reach(WizardStep target) {
        furthest.set(target);
        step.set(target);
    }
}

package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.ScoreFileResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4: puts the trained model to use — deploys it, offers a form generated from its inputs to try one
 * case, and scores whole files. Errors are said beside the action; nothing typed is cleared by them.
 */
public final class DeployViewModel {
    private final Deployments deployments;
    private final Predictions predictions;
    private final Registry registry;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<ModelRef> model = new ReadOnlyObjectWrapper<>();

    public <P extends Deployments & Predictions & Registry> DeployViewModel(P platform, TaskExecutor tasks) {
        this.deployments = platform;
        this.predictions = platform;
        this.registry = platform;
        this.tasks = tasks;
    }

    private final ReadOnlyStringWrapper deploymentName = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty deploymentNameProperty() {
        return deploymentName.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Deployment> deployment = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Deployment> deploymentProperty() {
        return deployment.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper deploying = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty deployingProperty() {
        return deploying.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper deployError = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty deployErrorProperty() {
        return deployError.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ObservableList<FieldInput> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldInput> fieldsView = FXCollections.unmodifiableObservableList(fields);

    public ObservableList<FieldInput> fields() {
        return fieldsView;
    }

    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");

    /** The column the model predicts. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper predicting = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty predictingProperty() {
        return predicting.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper prediction = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper predictError = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty predictErrorProperty() {
        return predictError.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper scoreResult = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty scoreResultProperty() {
        return scoreResult.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper scoreError = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty scoreErrorProperty() {
        return scoreError.getReadOnlyProperty();
    }

    /** The model of a finished run, to be served under {@code name}; nothing is deployed yet. */
    public void prepare(RunInfo run, String name) {
        model.set(run.model());
        deploymentName.set(name);
        deployment.set(null);
        fields.clear();
        target.set(run.target());
        deployError.set("");
        status.set("");
        prediction.set("");
        predictError.set("");
        scoreResult.set("");
        scoreError.set("");
    }

    /** "Use this model": makes it live and builds the try-it form from its inputs. */
    public void useThisModel() {
        ModelRef ref = model.get();
        if (ref == null || deploying.get()) {
            return;
        }
        deploying.set(true);
        deployError.set("");
        String name = deploymentName.get();
        tasks.execute(BackgroundTask.of(() -> {
                    Deployment live = deployments.deploy(name, ref.model(), ref.version());
                    ModelVersion version = registry.modelVersion(ref.model(), ref.version());
                    return new Deployed(live, version);
                })
                .onSuccess(deployed -> {
                    fields.setAll(deployed.version().schema().inputs().stream().map(FieldInput::new).toList());
                    deployment.set(deployed.deployment());
                    status.set("Your model is in use as \"" + deployed.deployment().name() + "\" (version "
                            + deployed.deployment().version() + "). Try it on one case, or score a whole file.");
                })
                .onFailure(failure -> deployError.set(FailureMessages.plain(failure)))
                .onFinished(() -> deploying.set(false)));
    }

    public void predict() {
        Deployment live = deployment.get();
        if (live == null || predicting.get()) {
            return;
        }
        boolean valid = true;
        for (FieldInput field : fields) {
            valid &= field.validate(); // check every field, so that all problems show at once
        }
        if (!valid) {
            predictError.set("Please fix the fields marked below.");
            return;
        }
        Map<String, String> row = new LinkedHashMap<>();
        fields.forEach(f -> row.put(f.name(), f.trimmedValue()));
        predicting.set(true);
        predictError.set("");
        tasks.execute(BackgroundTask.of(() -> predictions.predict(live.name(), row))
                .onSuccess(result -> prediction.set(describe(result)))
                .onFailure(failure -> predictError.set(FailureMessages.plain(failure)))
                .onFinished(() -> predicting.set(false)));
    }

    /** "good — 83% sure", or the predicted number. */
    static String describe(PredictionResult result) {
        if (result.label() != null) {
            return Double.isFinite(result.confidence())
                    ? result.label() + " — " + Math.round(result.confidence() * 100) + "% sure"
                    : result.label();
        }
        return result.value() == null ? "No answer" : "About " + Figures.significant(result.value());
    }

    /** Scores every row of {@code input} into {@code output}, in the background. */
    public void scoreFile(Path input, Path output) {
        Deployment live = deployment.get();
        if (live == null || scoring.get()) {
            return;
        }
        scoring.set(true);
        scoreError.set("");
        scoreResult.set("");
        tasks.execute(BackgroundTask.of(() -> predictions.scoreFile(live.name(), input, output))
                .onSuccess(this::showScored)
                .onFailure(failure -> scoreError.set(FailureMessages.plain(failure)))
                .onFinished(() -> scoring.set(false)));
    }

    private void showScored(ScoreFileResult result) {
        scoreResult.set("Scored " + Figures.count(result.rows()) + (result.rows() == 1 ? " row" : " rows")
                + " into " + result.output() + ".");
    }

    private record Deployed(Deployment deployment, ModelVersion version) {
    }
}

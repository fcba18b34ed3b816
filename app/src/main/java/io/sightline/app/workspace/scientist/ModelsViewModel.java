package io.sightline.app.workspace.scientist;

import io.sightline.app.task.FailureMessages;
import io.sightline.app.controls.LineageStep;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models tab: registered models, the selected model's versions with their stage, metrics and artifact,
 * the selected version's lineage, and moving a version to another stage.
 */
public final class ModelsViewModel {
    static final String EMPTY_TEXT = "No registered models yet — every successful training registers a new "
            + "version here.";

    /** What one load brings: the models, the selected model's versions, and dataset names for lineage. */
    private record Loaded(List<RegisteredModel> models, List<ModelVersion> versions, Map<String, String> datasetNames) {
    }

    private final Registry registry;
    private final Datasets datasets;
    private final TaskExecutor tasks;
    private final LatestRequest versionsRequest;
    private Map<String, String> datasetNames = Map.of();

    /** {@code datasets} only names the data a version was trained on. */
    public ModelsViewModel(Registry registry, Datasets datasets, TaskExecutor tasks) {
        this.registry = Objects.requireNonNull(registry);
        this.datasets = Objects.requireNonNull(datasets);
        this.tasks = Objects.requireNonNull(tasks);
        this.versionsRequest = new LatestRequest(tasks);
    }

    private final LoadStatus status = new LoadStatus("Loading models…", EMPTY_TEXT);

    public LoadStatus status() {
        return status;
    }

    private final LoadStatus versionsStatus = new LoadStatus("Loading versions…", "This model has no versions.");

    public LoadStatus versionsStatus() {
        return versionsStatus;
    }

    private final TableRows<ModelRow> models = new TableRows<>();

    public ObservableList<ModelRow> models() {
        return models.readOnly();
    }

    private final TableRows<VersionRow> versions = new TableRows<>();

    public ObservableList<VersionRow> versions() {
        return versions.readOnly();
    }

    private final ReadOnlyObjectWrapper<ModelRow> selectedModel = new ReadOnlyObjectWrapper<>(this, "selectedModel");

    public ReadOnlyObjectProperty<ModelRow> selectedModelProperty() {
        return selectedModel.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<VersionRow> selectedVersion =
            new ReadOnlyObjectWrapper<>(this, "selectedVersion");

    public ReadOnlyObjectProperty<VersionRow> selectedVersionProperty() {
        return selectedVersion.getReadOnlyProperty();
    }

    private final ObservableList<LineageStep> lineage = FXCollections.observableArrayList();
    private final ObservableList<LineageStep> lineageReadOnly = FXCollections.unmodifiableObservableList(lineage);

    /** Dataset → run → version of the selected version. */
    public ObservableList<LineageStep> lineage() {
        return lineageReadOnly;
    }

    private final ObservableList<Figure> versionFigures = FXCollections.observableArrayList();
    private final ObservableList<Figure> versionFiguresReadOnly = FXCollections.unmodifiableObservableList(versionFigures);

    /** Full hashes, size and creation time of the selected version. */
    public ObservableList<Figure> versionFigures() {
        return versionFiguresReadOnly;
    }

    private final ReadOnlyStringWrapper stageError = new ReadOnlyStringWrapper(this, "stageError", "");

    /** Why the last stage change failed; empty when it worked. */
    public ReadOnlyStringProperty stageErrorProperty() {
        return stageError.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper changingStage = new ReadOnlyBooleanWrapper(this, "changingStage");

    public ReadOnlyBooleanProperty changingStageProperty() {
        return changingStage.getReadOnlyProperty();
    }

    public void reload() {
        reload(() -> { });
    }

    /** Fetches the models, and the selected model's versions in the same go, keeping the selection. */
    public void reload(Runnable whenDone) {
        String modelName = selectedModel.get() == null ? null : selectedModel.get().name();
        status.started();
        tasks.execute(BackgroundTask.of(() -> new Loaded(registry.models(),
                        modelName == null ? List.of() : registry.modelVersions(modelName), DatasetNames.fetch(datasets)))
                .onSuccess(loaded -> show(loaded, modelName))
                .onFailure(failure -> status.failed(failure, "loading the models"))
                .onFinished(whenDone));
    }

    private void show(Loaded loaded, String modelName) {
        datasetNames = loaded.datasetNames();
        List<ModelRow> rows = loaded.models().stream().sorted(Comparator.comparing(RegisteredModel::name))
                .map(ModelRow::of).toList();
        models.replace(rows);
        status.loaded(rows.isEmpty());
        ModelRow again = rows.stream().filter(r -> r.name().equals(modelName)).findFirst().orElse(null);
        selectedModel.set(again);
        if (again == null) {
            showVersions(List.of());
        } else {
            versionsStatus.loaded(loaded.versions().isEmpty());
            showVersions(loaded.versions());
        }
    }

    /** Shows the versions of {@code row}, loading them in the background; null clears them. */
    public void selectModel(ModelRow row) {
        if (models.replacing() || Objects.equals(selectedModel.get(), row)) {
            return;
        }
        selectedModel.set(row);
        stageError.set("");
        versionsRequest.cancel();
        showVersions(List.of());
        if (row != null) {
            loadVersions(row.name(), null);
        }
    }

    private void loadVersions(String modelName, Integer keepVersion) {
        versionsStatus.started();
        versionsRequest.submit(BackgroundTask.of(() -> registry.modelVersions(modelName))
                .onSuccess(list -> {
                    versionsStatus.loaded(list.isEmpty());
                    showVersions(list);
                    if (keepVersion != null) {
                        versions.rows().stream().filter(v -> v.version().version() == keepVersion).findFirst()
                                .ifPresent(this::selectVersion);
                    }
                })
                .onFailure(failure -> versionsStatus.failed(failure, "loading the versions of " + modelName)));
    }

    private void showVersions(List<ModelVersion> list) {
        Integer keep = selectedVersion.get() == null ? null : selectedVersion.get().version().version();
        String model = selectedVersion.get() == null ? null : selectedVersion.get().version().model();
        List<VersionRow> rows = list.stream().sorted(Comparator.comparingInt(ModelVersion::version).reversed())
                .map(VersionRow::of).toList();
        versions.replace(rows);
        selectVersion(rows.stream()
                .filter(r -> r.version().model().equals(model) && Objects.equals(r.version().version(), keep))
                .findFirst().orElse(null));
    }

    /** Shows the lineage of a version; null clears it. */
    public void selectVersion(VersionRow row) {
        if (versions.replacing()) {
            return;
        }
        selectedVersion.set(row);
        if (row == null) {
            lineage.clear();
            versionFigures.clear();
            return;
        }
        ModelVersion version = row.version();
        versionFigures.setAll(
                new Figure("artifact SHA-256", version.artifactSha256() == null ? Figures.NONE : version.artifactSha256()),
                new Figure("artifact size", version.artifactSha256() == null ? VersionRow.NO_ARTIFACT
                        : Figures.size(version.artifactBytes())),
                new Figure("dataset SHA-256", version.datasetSha256() == null ? Figures.NONE : version.datasetSha256()),
                new Figure("created", row.created()));
        lineage.setAll(
                new LineageStep("dataset", version.datasetId() == null ? Figures.NONE
                        : datasetNames.getOrDefault(version.datasetId(), version.datasetId()),
                        Figures.shortSha(version.datasetSha256())),
                new LineageStep("run", version.runId(), ""),
                new LineageStep("version", version.model() + " v" + version.version(), row.stage()));
    }

    /** The question to ask before moving {@code row} to {@code stage}. */
    public String confirmation(VersionRow row, Stage stage) {
        ModelVersion version = row.version();
        String sentence = "Move " + version.model() + " version " + version.version() + " from "
                + VersionRow.stageName(version.stage()) + " to " + VersionRow.stageName(stage) + "?";
        if (version.stage() == Stage.PRODUCTION) {
            sentence += " It will no longer be the Production version.";
        }
        return sentence;
    }

    /** Moves a version to another stage, then reloads its model's versions; a failure is shown beside it. */
    public void changeStage(VersionRow row, Stage stage) {
        ModelVersion version = row.version();
        if (version.stage() == stage) {
            return;
        }
        stageError.set("");
        changingStage.set(true);
        tasks.execute(BackgroundTask.of(() -> registry.setStage(version.model(), version.version(), stage))
                .onSuccess(updated -> loadVersions(version.model(), version.version()))
                .onFailure(failure -> stageError.set(FailureMessages.plain(failure, "changing the stage")))
                .onFinished(() -> changingStage.set(false)));
    }
}

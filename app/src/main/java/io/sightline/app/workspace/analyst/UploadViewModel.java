package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 1: a CSV file goes in; out come a preview, each column's type (changeable), the column to predict
 * (changeable) and the problems to fix first. A refused file leaves everything as it was and says why.
 */
public final class UploadViewModel {
    static final int PREVIEW_ROWS = 20;

    private final Datasets datasets;
    private final TaskExecutor tasks;

    /** Only the newest analysis counts: the user may change the target again before the last one returns. */
    private final LatestRequest analysisRequest;
    private boolean loading;

    public UploadViewModel(Datasets datasets, TaskExecutor tasks) {
        this.datasets = datasets;
        this.tasks = tasks;
        this.analysisRequest = new LatestRequest(tasks);
        target.addListener((obs, old, now) -> analyse());
        trainable = Bindings.createBooleanBinding(
                () -> dataset.get() != null && !importing.get() && !analysing.get() && analysis.get() != null
                        && findings.stream().noneMatch(Finding::blocks),
                dataset, importing, analysing, analysis, findings);
    }

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<DatasetInfo> dataset = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<DatasetInfo> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<String> previewColumnsView = FXCollections.unmodifiableObservableList(previewColumns);

    public ObservableList<String> previewColumns() {
        return previewColumnsView;
    }

    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);

    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columnsView = FXCollections.unmodifiableObservableList(columns);

    public ObservableList<ColumnChoice> columns() {
        return columnsView;
    }

    private final ObservableList<String> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> targetChoicesView = FXCollections.unmodifiableObservableList(targetChoices);

    public ObservableList<String> targetChoices() {
        return targetChoicesView;
    }

    private final StringProperty target = new SimpleStringProperty(this, "target");

    /** Writable: the target picker edits it; every change is checked again by the engine. */
    public StringProperty targetProperty() {
        return target;
    }

    private final ReadOnlyObjectWrapper<TargetAnalysis> analysis = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<TargetAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper targetSentence = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty targetSentenceProperty() {
        return targetSentence.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper answersSentence = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty answersSentenceProperty() {
        return answersSentence.getReadOnlyProperty();
    }

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    private final BooleanBinding trainable;

    public BooleanBinding trainableProperty() {
        return trainable;
    }

    /** "Try the sample": imports the shipped German credit data as if the user had chosen it. */
    public void trySample() {
        if (importing.get()) {
            return;
        }
        tasks.execute(BackgroundTask.of(SampleDataset::copyToTemporaryFile)
                .onSuccess(this::fileChosen)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "copying the sample"))));
    }

    /** The entry point of both the drop zone and "Choose a file…". */
    public void fileChosen(Path file) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        error.set("");
        String name = datasetName(file);
        tasks.execute(BackgroundTask.of(() -> {
                    DatasetInfo info = datasets.importDataset(name, file);
                    DatasetPreview preview = datasets.preview(info.id(), PREVIEW_ROWS);
                    TargetAnalysis first = datasets.analyzeTarget(info.id(), info.defaultTarget(), Map.of());
                    return new Imported(info, preview, first);
                })
                .onSuccess(this::show)
                .onFailure(failure -> error.set(describeImportFailure(file, failure)))
                .onFinished(() -> importing.set(false)));
    }

    private void show(Imported imported) {
        DatasetInfo info = imported.dataset();
        loading = true; // the target and types below are set by us, not by the user: no re-analysis
        try {
            analysisRequest.cancel();
            analysing.set(false);
            dataset.set(info);
            summary.set(info.name() + " — " + Figures.count(info.rows()) + " rows, "
                    + info.columns().size() + " columns");
            previewColumns.setAll(imported.preview().columns());
            previewRows.setAll(imported.preview().rows());
            List<ColumnChoice> choices = new ArrayList<>();
            for (ColumnProfile column : info.columns()) {
                ColumnChoice choice = new ColumnChoice(column.name(), column.type());
                choice.typeProperty().addListener((obs, old, now) -> analyse());
                choices.add(choice);
            }
            columns.setAll(choices);
            targetChoices.setAll(info.columns().stream().map(ColumnProfile::name).toList());
            target.set(info.defaultTarget());
        } finally {
            loading = false;
        }
        showAnalysis(imported.analysis());
    }

    private void analyse() {
        DatasetInfo info = dataset.get();
        String chosen = target.get();
        if (loading || info == null || chosen == null) {
            return;
        }
        Map<String, ColumnType> overrides = typeOverrides();
        analysing.set(true);
        analysisRequest.submit(BackgroundTask.of(() -> datasets.analyzeTarget(info.id(), chosen, overrides))
                .onSuccess(this::showAnalysis)
                .onFailure(failure -> {
                    analysis.set(null);
                    error.set(FailureMessages.plain(failure));
                })
                .onFinished(() -> analysing.set(false)));
    }

    private void showAnalysis(TargetAnalysis result) {
        error.set("");
        analysis.set(result);
        targetSentence.set("We will predict " + result.target() + ": " + taskInWords(result));
        answersSentence.set(result.classes().isEmpty() ? "" : "Answers in your data: " + result.classes().stream()
                .map(c -> c.value() + " (" + Figures.count(c.count()) + ")")
                .collect(Collectors.joining(", ")));
        List<Finding> all = new ArrayList<>();
        dataset.get().issues().stream().map(Finding::of).forEach(all::add);
        result.problems().stream().map(Finding::of).filter(f -> !all.contains(f)).forEach(all::add);
        all.sort((a, b) -> b.severity().compareTo(a.severity()));
        findings.setAll(all);
    }

    static String taskInWords(TargetAnalysis analysis) {
        Task task = analysis.task();
        return switch (task) {
            case BINARY -> "a yes/no question.";
            case MULTICLASS -> "a category (one of " + analysis.classes().size() + ").";
            case REGRESSION -> "a number.";
        };
    }

    private static String describeImportFailure(Path file, Throwable failure) {
        String message = FailureMessages.plain(failure);
        if (failure instanceof BadFileException bad && bad.line() > 0
                && !message.toLowerCase().contains("line " + bad.line())) {
            message = "Line " + bad.line() + ": " + message;
        }
        return "We could not read " + file.getFileName() + ". " + message;
    }

    private static String datasetName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The columns whose type the user changed, as the engine wants them. */
    public Map<String, ColumnType> typeOverrides() {
        Map<String, ColumnType> overrides = new LinkedHashMap<>();
        columns.stream().filter(ColumnChoice::overridden).forEach(c -> overrides.put(c.name(), c.typeProperty().get()));
        return overrides;
    }

    /** What training needs; only meaningful while {@link #trainableProperty()} is true. */
    public TrainingSetup trainingSetup() {
        DatasetInfo info = dataset.get();
        return new TrainingSetup(info.id(), info.name(), target.get(), typeOverrides());
    }

    private record Imported(DatasetInfo dataset, DatasetPreview preview, TargetAnalysis analysis) {
    }
}

package io.sightline.app.workspace.scientist;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.Runs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;

/**
 * The runs tab: every recorded training, newest first; one selected run shown in full by the
 * {@link RunDetailViewModel}, two and more side by side by the {@link RunComparisonViewModel}.
 */
public final class RunsViewModel {
    static final String EMPTY_TEXT = "No runs yet — train a model in the Business analyst workspace or with "
            + "`sightline train`; every training is recorded here.";

    private final Runs runs;
    private final Datasets datasets;
    private final TaskExecutor tasks;
    private final List<String> selectedIds = new ArrayList<>();

    /** {@code datasets} only names the data each run was trained on. */
    public RunsViewModel(Runs runs, Datasets datasets, TaskExecutor tasks) {
        this.runs = Objects.requireNonNull(runs);
        this.datasets = Objects.requireNonNull(datasets);
        this.tasks = Objects.requireNonNull(tasks);
    }

    private final LoadStatus status = new LoadStatus("Loading runs…", EMPTY_TEXT);

    public LoadStatus status() {
        return status;
    }

    private final TableRows<RunRow> rows = new TableRows<>();

    public ObservableList<RunRow> runs() {
        return rows.readOnly();
    }

    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");

    /** True when two or more runs are selected and the comparison replaces the details. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    private final RunDetailViewModel detail = new RunDetailViewModel();

    /** The one selected run in full. */
    public RunDetailViewModel detail() {
        return detail;
    }

    private final RunComparisonViewModel comparison = new RunComparisonViewModel();

    /** The selected runs side by side, when there are two or more. */
    public RunComparisonViewModel comparison() {
        return comparison;
    }

    public void reload() {
        reload(() -> { });
    }

    /** Fetches the runs (and dataset names to show beside them), keeping the selection where possible. */
    public void reload(Runnable whenDone) {
        status.started();
        tasks.execute(BackgroundTask.of(() -> rows(runs.runs(), DatasetNames.fetch(datasets)))
                .onSuccess(this::show)
                .onFailure(failure -> status.failed(failure, "loading the runs"))
                .onFinished(whenDone));
    }

    private static List<RunRow> rows(List<RunInfo> runs, Map<String, String> datasetNames) {
        return runs.stream()
                .sorted(Comparator.comparing(RunInfo::startedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(run -> RunRow.of(run, run.datasetId() == null ? Figures.NONE
                        : datasetNames.getOrDefault(run.datasetId(), run.datasetId())))
                .toList();
    }

    private void show(List<RunRow> loaded) {
        List<String> keep = List.copyOf(selectedIds);
        rows.replace(loaded);
        status.loaded(loaded.isEmpty());
        // Selected rows in the order they were selected, as far as they still exist.
        Map<String, RunRow> byId = new HashMap<>();
        loaded.forEach(row -> byId.put(row.id(), row));
        selectedIds.clear();
        select(keep.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** One run shows its details; two or more are compared side by side; none clears both. */
    public void select(List<RunRow> selection) {
        if (rows.replacing()) {
            return;
        }
        selectedIds.clear();
        selection.forEach(row -> selectedIds.add(row.id()));
        comparing.set(selection.size() >= 2);
        if (selection.size() >= 2) {
            detail.show(null);
            comparison.compare(selection);
        } else {
            comparison.compare(List.of());
            detail.show(selection.isEmpty() ? null : selection.get(0));
        }
    }

    public List<String> selectedIds() {
        return List.copyOf(selectedIds);
    }
}

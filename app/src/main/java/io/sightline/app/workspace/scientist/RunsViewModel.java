package io.sightline.app.workspace.scientist;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.Datasets;
import io.sightline.app.task.LatestRequest;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs tab: the runs of one experiment (or of all), a page at a time from the engine as the table scrolls,
 * filtered in MLflow's search grammar and ordered by the engine, children folded under their parent; one
 * selected run shown in full by the
 * {@link RunDetailViewModel}, two and more side by side by the {@link RunComparisonViewModel}.
 */
public final class RunsViewModel {
    static final String EMPTY_TEXT = "No runs yet — train a model in the Business analyst workspace or with "
            + "`sightline train`; every training is recorded here.";

    private final Runs runs;
    private final Datasets datasets;
    private final TaskExecutor tasks;
    private static final RunFields NO_FIELDS = new RunFields(List.of(), List.of(), List.of(), List.of(), 0);
    private static final int DEFAULT_METRIC_COLUMNS = 3;

    private final List<String> selectedIds = new ArrayList<>();
    private final Set<String> expanded = new HashSet<>();
    private final LatestRequest pages;
    private Map<String, String> datasetNames = Map.of();
    private RunSearchRequest nextPage;

    /** {@code datasets} only names the data each run was trained on. */
    public RunsViewModel(Runs runs, Datasets datasets, TaskExecutor tasks) {
        this.runs = Objects.requireNonNull(runs);
        this.datasets = Objects.requireNonNull(datasets);
        this.tasks = Objects.requireNonNull(tasks);
        this.pages = new LatestRequest(tasks);
        this.comparison = new RunComparisonViewModel(runs, tasks);
        this.scatter = new RunScatterViewModel(runs, tasks);
        experiment.addListener((observable, was, now) -> {
            fieldColumns.clear();
            reload();
        });
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

    private final RunComparisonViewModel comparison;

    /** The selected runs side by side, when there are two or more. */
    public RunComparisonViewModel comparison() {
        return comparison;
    }

    private final ObservableList<ExperimentSummary> experiments = FXCollections.observableArrayList();
    private final ObservableList<ExperimentSummary> experimentsReadOnly =
            FXCollections.unmodifiableObservableList(experiments);

    /** The experiments to choose from, by name, with their run counts. */
    public ObservableList<ExperimentSummary> experiments() {
        return experimentsReadOnly;
    }

    private final ObjectProperty<String> experiment = new SimpleObjectProperty<>(this, "experiment");

    /** The experiment whose runs are listed (null: every run); setting it opens it. */
    public ObjectProperty<String> experimentProperty() {
        return experiment;
    }

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    /** The filter as typed, in MLflow's search grammar; {@link #applyFilter()} runs it. */
    public StringProperty filterProperty() {
        return filter;
    }

    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");

    /** What is wrong with the filter, in the engine's words (empty when it ran). */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<RunFields> fields = new ReadOnlyObjectWrapper<>(this, "fields", NO_FIELDS);

    /** The experiment's attributes, metric, parameter and tag names: for completion and for choosing columns. */
    public ReadOnlyObjectProperty<RunFields> fieldsProperty() {
        return fields.getReadOnlyProperty();
    }

    private final ObservableList<String> fieldColumns = FXCollections.observableArrayList();

    /** The metric, parameter and tag columns shown after the fixed ones ({@code metrics.auc}), in order. */
    public ObservableList<String> fieldColumns() {
        return fieldColumns;
    }

    private final ReadOnlyStringWrapper order = new ReadOnlyStringWrapper(this, "order", "");

    /** The ordering in force ({@code metrics.auc DESC}); empty: newest first. */
    public ReadOnlyStringProperty orderProperty() {
        return order.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");

    /** How many runs are listed and whether more follow, e.g. "200 runs shown; more load as you scroll". */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private final RunScatterViewModel scatter;

    /** Two fields of the experiment's runs against each other. */
    public RunScatterViewModel scatter() {
        return scatter;
    }

    public void reload() {
        reload(() -> { });
    }

    /** Fetches the experiments, then the chosen one's fields and first page, keeping the selection where possible. */
    public void reload(Runnable whenDone) {
        status.started();
        String chosen = experiment.get();
        pages.submit(BackgroundTask.of(() -> new Opened(runs.experiments(), runs.runFields(chosen),
                        runs.searchRuns(request(chosen)), DatasetNames.fetch(datasets)))
                .onSuccess(this::show)
                .onFailure(failure -> status.failed(failure, "loading the runs"))
                .onFinished(whenDone));
    }

    /** What opening an experiment fetches in one go. */
    private record Opened(List<ExperimentSummary> experiments, RunFields fields, RunPage page,
                          Map<String, String> datasetNames) {
    }

    /** Runs the typed filter; a filter the engine refuses is explained under the box and the rows stay. */
    public void applyFilter() {
        search(request(experiment.get()));
    }

    /** Orders by {@code field} ({@code attributes.start_time}, {@code metrics.auc}); null: newest first. */
    public void sortBy(String field, boolean ascending) {
        order.set(field == null ? "" : field + (ascending ? " ASC" : " DESC"));
        search(request(experiment.get()));
    }

    /** Fetches the next page, when there is one and none is on its way (the table asks as it nears the end). */
    public void loadMore() {
        if (nextPage == null || pages.isPending()) {
            return;
        }
        RunSearchRequest next = nextPage;
        pages.submit(BackgroundTask.of(() -> runs.searchRuns(next))
                .onSuccess(page -> append(next, page))
                .onFailure(failure -> status.failed(failure, "loading more runs")));
    }

    /** Shows a parent's children under it, or folds them away again. */
    public void toggleChildren(RunRow parent) {
        if (parent.children() == 0) {
            return;
        }
        int at = rows.rows().indexOf(parent);
        if (at < 0) {
            return;
        }
        if (expanded.remove(parent.id())) {
            int end = at + 1;
            while (end < rows.rows().size() && rows.rows().get(end).depth() > parent.depth()) {
                end++;
            }
            rows.rows().subList(at + 1, end).clear();
            return;
        }
        expanded.add(parent.id());
        RunSearchRequest children = RunSearchRequest.children(experiment.get(), parent.id());
        tasks.execute(BackgroundTask.of(() -> runs.searchRuns(children)).onSuccess(page -> {
            int now = rows.rows().indexOf(parent);
            if (now >= 0 && expanded.contains(parent.id())) {
                rows.rows().addAll(now + 1, rows(page, parent.depth() + 1));
            }
        }).onFailure(failure -> status.failed(failure, "loading the child runs")));
    }

    public boolean isExpanded(RunRow row) {
        return expanded.contains(row.id());
    }

    /** What the last word of the filter could be completed to. */
    public List<String> completions(String text) {
        return FilterCompletion.suggestions(text, fields.get());
    }

    /** Completes the filter's last word with {@code suggestion}. */
    public void complete(String suggestion) {
        filter.set(FilterCompletion.complete(filter.get(), suggestion));
    }

    private RunSearchRequest request(String experimentName) {
        RunSearchRequest first = RunSearchRequest.firstPage(experimentName).withFilter(filter.get());
        return order.get().isEmpty() ? first : first.withOrder(List.of(order.get()));
    }

    private void search(RunSearchRequest request) {
        status.started();
        pages.submit(BackgroundTask.of(() -> runs.searchRuns(request))
                .onSuccess(page -> {
                    filterError.set("");
                    expanded.clear();
                    showPage(request, page);
                })
                .onFailure(failure -> {
                    if (failure instanceof PlatformException refused && refused.code() == ErrorCode.INVALID_INPUT) {
                        filterError.set(refused.getMessage());
                        status.loaded(rows.rows().isEmpty());
                    } else {
                        status.failed(failure, "searching the runs");
                    }
                }));
    }

    private void show(Opened opened) {
        experiments.setAll(opened.experiments());
        fields.set(opened.fields());
        scatter.open(experiment.get(), opened.fields());
        datasetNames = opened.datasetNames();
        if (fieldColumns.isEmpty()) {
            opened.fields().metrics().stream().limit(DEFAULT_METRIC_COLUMNS).map(m -> "metrics." + m)
                    .forEach(fieldColumns::add);
        }
        filterError.set("");
        expanded.clear();
        showPage(request(experiment.get()), opened.page());
    }

    private void showPage(RunSearchRequest request, RunPage page) {
        List<String> keep = List.copyOf(selectedIds);
        List<RunRow> loaded = rows(page, 0);
        rows.replace(loaded);
        nextPage = page.nextPageToken() == null ? null : request.at(page.nextPageToken());
        status.loaded(loaded.isEmpty());
        describeShown();
        // Selected rows in the order they were selected, as far as they still exist.
        Map<String, RunRow> byId = new HashMap<>();
        loaded.forEach(row -> byId.put(row.id(), row));
        selectedIds.clear();
        select(keep.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    private void append(RunSearchRequest request, RunPage page) {
        rows.rows().addAll(rows(page, 0));
        nextPage = page.nextPageToken() == null ? null : request.at(page.nextPageToken());
        describeShown();
    }

    private void describeShown() {
        long count = rows.rows().stream().filter(r -> r.depth() == 0).count();
        shown.set(Figures.count(count) + (count == 1 ? " run" : " runs")
                + (nextPage == null ? "" : " shown; more load as you scroll"));
    }

    private List<RunRow> rows(RunPage page, int depth) {
        return page.runs().stream()
                .map(run -> RunRow.of(run, run.datasetId() == null ? Figures.NONE
                        : datasetNames.getOrDefault(run.datasetId(), run.datasetId()))
                        .nested(depth, page.children(run.id())))
                .toList();
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

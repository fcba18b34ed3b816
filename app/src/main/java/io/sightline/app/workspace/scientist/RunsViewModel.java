package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.LineageStep;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.RocPoint;
import io.sightline.engine.api.RunInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs tab: every recorded training, newest first; one selected run in full (leaderboard, parameters,
 * metrics, test evaluation, importances, timings, lineage, provenance), or two and more side by side.
 */
public class RunsViewModel {
    static final String EMPTY_TEXT = "No runs yet — train a model in the Business analyst workspace or with "
            + "`sightline train`; every training is recorded here.";

    private final Platform platform;
    private final TaskExecutor tasks;
    private final LoadStatus status = new LoadStatus("Loading runs…", EMPTY_TEXT);
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runsReadOnly = FXCollections.unmodifiableObservableList(runs);
    private final List<String> selectedIds = new ArrayList<>();
    private boolean replacingRows;

    private final ReadOnlyObjectWrapper<RunRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<CandidateResult> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<CandidateResult> leaderboardReadOnly = FXCollections.unmodifiableObservableList(leaderboard);
    private final ReadOnlyStringWrapper bestCandidate = new ReadOnlyStringWrapper(this, "bestCandidate");
    private final ObservableList<Figure> params = FXCollections.observableArrayList();
    private final ObservableList<Figure> paramsReadOnly = FXCollections.unmodifiableObservableList(params);
    private final ObservableList<Figure> metrics = FXCollections.observableArrayList();
    private final ObservableList<Figure> metricsReadOnly = FXCollections.unmodifiableObservableList(metrics);
    private final ReadOnlyStringWrapper testSummary = new ReadOnlyStringWrapper(this, "testSummary", "");
    private final ObservableList<MetricLine> testMetrics = FXCollections.observableArrayList();
    private final ObservableList<MetricLine> testMetricsReadOnly = FXCollections.unmodifiableObservableList(testMetrics);
    private final ReadOnlyObjectWrapper<ConfusionGrid> confusion =
            new ReadOnlyObjectWrapper<>(this, "confusion", ConfusionGrid.EMPTY);
    private final ReadOnlyObjectWrapper<List<RocPoint>> roc = new ReadOnlyObjectWrapper<>(this, "roc", List.of());
    private final ReadOnlyStringWrapper rocCaption = new ReadOnlyStringWrapper(this, "rocCaption", "");
    private final ObservableList<ImportanceLine> importances = FXCollections.observableArrayList();
    private final ObservableList<ImportanceLine> importancesReadOnly = FXCollections.unmodifiableObservableList(importances);
    private final ObservableList<Figure> timings = FXCollections.observableArrayList();
    private final ObservableList<Figure> timingsReadOnly = FXCollections.unmodifiableObservableList(timings);
    private final ObservableList<LineageStep> lineage = FXCollections.observableArrayList();
    private final ObservableList<LineageStep> lineageReadOnly = FXCollections.unmodifiableObservableList(lineage);
    private final ReadOnlyStringWrapper datasetSha = new ReadOnlyStringWrapper(this, "datasetSha", "");
    private final ReadOnlyStringWrapper provenance = new ReadOnlyStringWrapper(this, "provenance", "");

    private final ObservableList<RunRow> compared = FXCollections.observableArrayList();
    private final ObservableList<RunRow> comparedReadOnly = FXCollections.unmodifiableObservableList(compared);
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparisonReadOnly = FXCollections.unmodifiableObservableList(comparison);

    public RunsViewModel(Platform platform, TaskExecutor tasks) {
        this.platform = Objects.requireNonNull(platform);
        this.tasks = Objects.requireNonNull(tasks);
    }

    public void reload() {
        reload(() -> { });
    }

    /** Fetches the runs (and dataset names to show beside them), keeping the selection where possible. */
    public void reload(Runnable whenDone) {
        status.started();
        tasks.execute(BackgroundTask.of(() -> rows(platform.runs(), DatasetNames.fetch(platform)))
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

    private void show(List<RunRow> rows) {
        List<String> keep = List.copyOf(selectedIds);
        replacingRows = true;
        try {
            runs.setAll(rows);
        } finally {
            replacingRows = false;
        }
        status.loaded(rows.isEmpty());
        // Selected rows in the order they were selected, as far as they still exist.
        Map<String, RunRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        selectedIds.clear();
        select(keep.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** One run shows its details; two or more are compared side by side; none clears both. */
    public void select(List<RunRow> rows) {
        if (replacingRows) {
            return;
        }
        selectedIds.clear();
        rows.forEach(row -> selectedIds.add(row.id()));
        comparing.set(rows.size() >= 2);
        if (rows.size() >= 2) {
            showDetails(null);
            compare(rows);
        } else {
            compare(List.of());
            showDetails(rows.isEmpty() ? null : rows.get(0));
        }
    }

    public List<String> selectedIds() {
        return List.copyOf(selectedIds);
    }

    private void showDetails(RunRow row) {
        if (Objects.equals(selected.get(), row)) {
            return;
        }
        selected.set(row);
        RunInfo run = row == null ? null : row.run();
        heading.set(run == null ? "" : "Run " + run.id() + " · " + (run.target() == null
                ? run.experiment() : row.dataset() + " → " + run.target() + " (" + row.task() + ")") + " · "
                + row.status());
        leaderboard.setAll(run == null ? List.of() : run.leaderboard());
        bestCandidate.set(run == null ? null : run.bestCandidate());
        params.setAll(run == null ? List.of() : sorted(run.params(), Function.identity()));
        metrics.setAll(run == null ? List.of() : sorted(run.metrics(), Figures::metric));
        showEvaluation(run);
        importances.setAll(run == null ? List.of() : importanceLines(run.importances()));
        timings.setAll(run == null ? List.of() : timingFigures(run.timingsMillis()));
        lineage.setAll(run == null ? List.of() : lineage(row));
        datasetSha.set(run == null || run.datasetSha256() == null ? "" : run.datasetSha256());
        provenance.set(run == null || run.provenance() == null ? "" : run.provenance());
    }

    private void showEvaluation(RunInfo run) {
        Evaluation test = run == null ? null : run.testEvaluation();
        if (test == null) {
            testSummary.set(run == null ? "" : "This run has no test evaluation.");
            testMetrics.clear();
            confusion.set(ConfusionGrid.EMPTY);
            roc.set(List.of());
            rocCaption.set("");
            return;
        }
        Baseline baseline = run.baseline();
        testSummary.set("On " + Figures.count(test.rows()) + " held-out rows"
                + (baseline == null ? "" : "; baseline: " + baseline.description()));
        testMetrics.setAll(test.metrics().keySet().stream().sorted()
                .map(name -> new MetricLine(name, Figures.metric(test.metric(name)),
                        baseline == null ? Figures.NONE : Figures.metric(baseline.metric(name))))
                .toList());
        confusion.set(ConfusionGrid.of(test));
        roc.set(test.roc());
        rocCaption.set(test.roc().isEmpty() ? "" : "ROC curve, positive class '" + test.positiveLabel() + "'"
                + (test.metrics().containsKey("auc") ? " · AUC " + Figures.metric(test.metric("auc")) : ""));
    }

    private static <V> List<Figure> sorted(Map<String, V> values, Function<V, String> format) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Figure(e.getKey(), format.apply(e.getValue()))).toList();
    }

    private static List<ImportanceLine> importanceLines(List<FeatureImportance> importances) {
        double max = importances.stream().mapToDouble(FeatureImportance::importance).max().orElse(0);
        return importances.stream()
                .sorted(Comparator.comparingDouble(FeatureImportance::importance).reversed())
                .map(i -> new ImportanceLine(i.column(), i.importance(), max <= 0 ? 0 : i.importance() / max,
                        Figures.percent(i.importance())))
                .toList();
    }

    private static List<Figure> timingFigures(Map<String, Long> timings) {
        List<Figure> figures = new ArrayList<>(timings.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Figure(e.getKey(), Figures.duration(e.getValue()))).toList());
        if (timings.size() > 1) {
            figures.add(new Figure("total", Figures.duration(timings.values().stream().mapToLong(Long::longValue).sum())));
        }
        return figures;
    }

    private static List<LineageStep> lineage(RunRow row) {
        RunInfo run = row.run();
        List<LineageStep> steps = new ArrayList<>();
        steps.add(new LineageStep("dataset", row.dataset(), Figures.shortSha(run.datasetSha256())));
        steps.add(new LineageStep("run", run.id(), row.started()));
        steps.add(run.model() == null
                ? new LineageStep("model version", "none", "no model was registered")
                : new LineageStep("model version", run.model().model() + " v" + run.model().version(), ""));
        return steps;
    }

    private void compare(List<RunRow> rows) {
        compared.setAll(rows);
        if (rows.isEmpty()) {
            comparison.clear();
            return;
        }
        List<ComparisonRow> table = new ArrayList<>();
        table.add(row("dataset", rows, RunRow::dataset));
        table.add(row("dataset SHA-256", rows, r -> Figures.shortSha(r.run().datasetSha256())));
        table.add(row("target", rows, RunRow::target));
        table.add(row("task", rows, RunRow::task));
        table.add(row("best algorithm", rows, RunRow::best));
        table.add(row("cross-validated", rows, RunRow::cvMetric));
        for (String name : union(rows, r -> r.run().testEvaluation() == null
                ? List.of() : r.run().testEvaluation().metrics().keySet())) {
            table.add(row("test " + name, rows, r -> r.run().testEvaluation() == null
                    ? Figures.NONE : Figures.metric(r.run().testEvaluation().metrics().get(name))));
        }
        for (String name : union(rows, r -> r.run().metrics().keySet())) {
            table.add(row(name, rows, r -> Figures.metric(r.run().metrics().get(name))));
        }
        table.add(row("duration", rows, RunRow::duration));
        table.add(row("model version", rows, r -> r.run().model() == null ? Figures.NONE : r.run().model().toString()));
        comparison.setAll(table);
    }

    private static ComparisonRow row(String measure, List<RunRow> rows, Function<RunRow, String> value) {
        return new ComparisonRow(measure, rows.stream().map(value).toList());
    }

    private static TreeSet<String> union(List<RunRow> rows, Function<RunRow, Collection<String>> names) {
        TreeSet<String> all = new TreeSet<>();
        rows.forEach(r -> all.addAll(names.apply(r)));
        return all;
    }

    public LoadStatus status() {
        return status;
    }

    public ObservableList<RunRow> runs() {
        return runsReadOnly;
    }

    /** The run shown in full; null when none or several are selected. */
    public ReadOnlyObjectProperty<RunRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True when two or more runs are selected and the comparison replaces the details. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<CandidateResult> leaderboard() {
        return leaderboardReadOnly;
    }

    public ReadOnlyStringProperty bestCandidateProperty() {
        return bestCandidate.getReadOnlyProperty();
    }

    public ObservableList<Figure> params() {
        return paramsReadOnly;
    }

    public ObservableList<Figure> metrics() {
        return metricsReadOnly;
    }

    /** How many held-out rows the test metrics come from, and what the baseline is. */
    public ReadOnlyStringProperty testSummaryProperty() {
        return testSummary.getReadOnlyProperty();
    }

    public ObservableList<MetricLine> testMetrics() {
        return testMetricsReadOnly;
    }

    public ReadOnlyObjectProperty<ConfusionGrid> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    /** The test ROC curve of a yes/no run; empty otherwise. */
    public ReadOnlyObjectProperty<List<RocPoint>> rocProperty() {
        return roc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rocCaptionProperty() {
        return rocCaption.getReadOnlyProperty();
    }

    public ObservableList<ImportanceLine> importances() {
        return importancesReadOnly;
    }

    public ObservableList<Figure> timings() {
        return timingsReadOnly;
    }

    /** Dataset → run → model version of the selected run. */
    public ObservableList<LineageStep> lineage() {
        return lineageReadOnly;
    }

    public ReadOnlyStringProperty datasetShaProperty() {
        return datasetSha.getReadOnlyProperty();
    }

    /** The final model's provenance as the platform recorded it (JSON). */
    public ReadOnlyStringProperty provenanceProperty() {
        return provenance.getReadOnlyProperty();
    }

    /** The runs being compared, in the order of the comparison's columns. */
    public ObservableList<RunRow> compared() {
        return comparedReadOnly;
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparisonReadOnly;
    }
}

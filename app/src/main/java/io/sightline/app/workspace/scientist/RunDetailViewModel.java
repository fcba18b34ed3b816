package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.LineageStep;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.RocPoint;
import io.sightline.engine.api.RunInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One run in full, below the runs list when a single run is selected: leaderboard, parameters, metrics, test
 * evaluation, importances, timings, lineage and provenance. Everything comes from the run already loaded.
 */
public final class RunDetailViewModel {
    private final ReadOnlyObjectWrapper<RunRow> run = new ReadOnlyObjectWrapper<>(this, "run");

    /** The run shown in full; null when none is. */
    public ReadOnlyObjectProperty<RunRow> runProperty() {
        return run.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    private final ObservableList<CandidateResult> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<CandidateResult> leaderboardReadOnly = FXCollections.unmodifiableObservableList(leaderboard);

    public ObservableList<CandidateResult> leaderboard() {
        return leaderboardReadOnly;
    }

    private final ReadOnlyStringWrapper bestCandidate = new ReadOnlyStringWrapper(this, "bestCandidate");

    public ReadOnlyStringProperty bestCandidateProperty() {
        return bestCandidate.getReadOnlyProperty();
    }

    private final ObservableList<Figure> params = FXCollections.observableArrayList();
    private final ObservableList<Figure> paramsReadOnly = FXCollections.unmodifiableObservableList(params);

    public ObservableList<Figure> params() {
        return paramsReadOnly;
    }

    private final ObservableList<Figure> metrics = FXCollections.observableArrayList();
    private final ObservableList<Figure> metricsReadOnly = FXCollections.unmodifiableObservableList(metrics);

    public ObservableList<Figure> metrics() {
        return metricsReadOnly;
    }

    private final ReadOnlyStringWrapper testSummary = new ReadOnlyStringWrapper(this, "testSummary", "");

    /** How many held-out rows the test metrics come from, and what the baseline is. */
    public ReadOnlyStringProperty testSummaryProperty() {
        return testSummary.getReadOnlyProperty();
    }

    private final ObservableList<MetricLine> testMetrics = FXCollections.observableArrayList();
    private final ObservableList<MetricLine> testMetricsReadOnly = FXCollections.unmodifiableObservableList(testMetrics);

    public ObservableList<MetricLine> testMetrics() {
        return testMetricsReadOnly;
    }

    private final ReadOnlyObjectWrapper<ConfusionGrid> confusion =
            new ReadOnlyObjectWrapper<>(this, "confusion", ConfusionGrid.EMPTY);

    public ReadOnlyObjectProperty<ConfusionGrid> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<List<RocPoint>> roc = new ReadOnlyObjectWrapper<>(this, "roc", List.of());

    /** The test ROC curve of a yes/no run; empty otherwise. */
    public ReadOnlyObjectProperty<List<RocPoint>> rocProperty() {
        return roc.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper rocCaption = new ReadOnlyStringWrapper(this, "rocCaption", "");

    public ReadOnlyStringProperty rocCaptionProperty() {
        return rocCaption.getReadOnlyProperty();
    }

    private final ObservableList<ImportanceLine> importances = FXCollections.observableArrayList();
    private final ObservableList<ImportanceLine> importancesReadOnly = FXCollections.unmodifiableObservableList(importances);

    public ObservableList<ImportanceLine> importances() {
        return importancesReadOnly;
    }

    private final ObservableList<Figure> timings = FXCollections.observableArrayList();
    private final ObservableList<Figure> timingsReadOnly = FXCollections.unmodifiableObservableList(timings);

    public ObservableList<Figure> timings() {
        return timingsReadOnly;
    }

    private final ObservableList<LineageStep> lineage = FXCollections.observableArrayList();
    private final ObservableList<LineageStep> lineageReadOnly = FXCollections.unmodifiableObservableList(lineage);

    /** Dataset → run → model version of the shown run. */
    public ObservableList<LineageStep> lineage() {
        return lineageReadOnly;
    }

    private final ReadOnlyStringWrapper datasetSha = new ReadOnlyStringWrapper(this, "datasetSha", "");

    public ReadOnlyStringProperty datasetShaProperty() {
        return datasetSha.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper provenance = new ReadOnlyStringWrapper(this, "provenance", "");

    /** The final model's provenance as the platform recorded it (JSON). */
    public ReadOnlyStringProperty provenanceProperty() {
        return provenance.getReadOnlyProperty();
    }

    /** Shows {@code row} in full; null clears everything. */
    public void show(RunRow row) {
        if (Objects.equals(run.get(), row)) {
            return;
        }
        run.set(row);
        RunInfo info = row == null ? null : row.run();
        heading.set(info == null ? "" : "Run " + info.id() + " · " + (info.target() == null
                ? info.experiment() : row.dataset() + " → " + info.target() + " (" + row.task() + ")") + " · "
                + row.status());
        leaderboard.setAll(info == null ? List.of() : info.leaderboard());
        bestCandidate.set(info == null ? null : info.bestCandidate());
        params.setAll(info == null ? List.of() : sorted(info.params(), Function.identity()));
        metrics.setAll(info == null ? List.of() : sorted(info.metrics(), Figures::metric));
        showEvaluation(info);
        importances.setAll(info == null ? List.of() : importanceLines(info.importances()));
        timings.setAll(info == null ? List.of() : timingFigures(info.timingsMillis()));
        lineage.setAll(info == null ? List.of() : lineage(row));
        datasetSha.set(info == null || info.datasetSha256() == null ? "" : info.datasetSha256());
        provenance.set(info == null || info.provenance() == null ? "" : info.provenance());
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
}

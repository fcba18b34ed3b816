package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.ParallelData;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.Runs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two to ten runs side by side, below the runs list: one row per measure (data, algorithm, every parameter and
 * metric any of them has, duration, model version), one column per run in the order they were selected.
 */
public final class RunComparisonViewModel {
    /** More columns than this stop being readable side by side. */
    static final int MAX_RUNS = 10;
    /** Histories are fetched for this many metrics at most (a chart each). */
    static final int MAX_HISTORY_METRICS = 6;
    /** A chart a few hundred pixels wide shows no more points than this per line. */
    static final int MAX_HISTORY_POINTS = 500;
    /** Parallel coordinates stay readable up to about this many axes. */
    static final int MAX_AXES = 12;

    private final Runs runs;
    private final LatestRequest histories;

    public RunComparisonViewModel(Runs runs, TaskExecutor tasks) {
        this.runs = Objects.requireNonNull(runs);
        this.histories = new LatestRequest(tasks);
    }

    private final ObservableList<RunRow> compared = FXCollections.observableArrayList();
    private final ObservableList<RunRow> comparedReadOnly = FXCollections.unmodifiableObservableList(compared);

    /** The runs being compared, in the order of the comparison's columns. */
    public ObservableList<RunRow> compared() {
        return comparedReadOnly;
    }

    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparisonReadOnly = FXCollections.unmodifiableObservableList(comparison);

    public ObservableList<ComparisonRow> comparison() {
        return comparisonReadOnly;
    }

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    /** Says when more runs were selected than are compared (empty otherwise). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    private final ObservableList<MetricOverlay> overlays = FXCollections.observableArrayList();
    private final ObservableList<MetricOverlay> overlaysReadOnly = FXCollections.unmodifiableObservableList(overlays);

    /** Each metric's history, one line per compared run (fetched after the table is shown). */
    public ObservableList<MetricOverlay> overlays() {
        return overlaysReadOnly;
    }

    private final ReadOnlyStringWrapper historiesError = new ReadOnlyStringWrapper(this, "historiesError", "");

    /** Why the metric histories could not be fetched (empty when they were). */
    public ReadOnlyStringProperty historiesErrorProperty() {
        return historiesError.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ParallelData> parallel =
            new ReadOnlyObjectWrapper<>(this, "parallel", ParallelData.EMPTY);

    /** The numeric parameters and the metrics of the compared runs as parallel coordinates. */
    public ReadOnlyObjectProperty<ParallelData> parallelProperty() {
        return parallel.getReadOnlyProperty();
    }

    /** Compares the first {@value #MAX_RUNS} of {@code selected}; an empty list clears the comparison. */
    public void compare(List<RunRow> selected) {
        List<RunRow> rows = selected.size() > MAX_RUNS ? selected.subList(0, MAX_RUNS) : selected;
        note.set(selected.size() > MAX_RUNS ? "Comparing the first " + MAX_RUNS + " of the " + selected.size()
                + " selected runs." : "");
        compared.setAll(rows);
        overlays.clear();
        historiesError.set("");
        histories.cancel();
        if (rows.isEmpty()) {
            comparison.clear();
            parallel.set(ParallelData.EMPTY);
            return;
        }
        parallel.set(parallelCoordinates(rows));
        fetchHistories(rows);
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
        for (String name : union(rows, r -> r.run().params().keySet())) {
            table.add(new ComparisonRow("param " + name, rows.stream()
                    .map(r -> r.run().params().getOrDefault(name, Figures.NONE)).toList(), true));
        }
        for (String name : union(rows, r -> r.run().metrics().keySet())) {
            table.add(row(name, rows, r -> Figures.metric(r.run().metrics().get(name))));
        }
        table.add(row("duration", rows, RunRow::duration));
        table.add(row("model version", rows, r -> r.run().model() == null ? Figures.NONE : r.run().model().toString()));
        comparison.setAll(table);
    }

    private void fetchHistories(List<RunRow> rows) {
        List<String> metrics = union(rows, r -> r.run().metrics().keySet()).stream().limit(MAX_HISTORY_METRICS)
                .toList();
        histories.submit(BackgroundTask.of(() -> {
            List<MetricOverlay> fetched = new ArrayList<>();
            for (String metric : metrics) {
                List<MetricOverlay.Series> series = new ArrayList<>();
                for (RunRow row : rows) {
                    if (row.run().metrics().containsKey(metric)) {
                        series.add(new MetricOverlay.Series(row.name().strip(),
                                thinned(runs.metricHistory(row.id(), metric))));
                    }
                }
                fetched.add(new MetricOverlay(metric, series));
            }
            return fetched;
        }).onSuccess(overlays::setAll)
                .onFailure(failure -> historiesError.set(FailureMessages.plain(failure, "loading the metric histories"))));
    }

    /** Every k-th point and the last, when there are more than a chart can show. */
    static List<MetricStep> thinned(List<MetricStep> points) {
        if (points.size() <= MAX_HISTORY_POINTS) {
            return points;
        }
        int every = (int) Math.ceil(points.size() / (double) MAX_HISTORY_POINTS);
        List<MetricStep> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i += every) {
            kept.add(points.get(i));
        }
        if (!kept.get(kept.size() - 1).equals(points.get(points.size() - 1))) {
            kept.add(points.get(points.size() - 1));
        }
        return kept;
    }

    /** Parameters whose every value is a number, then metrics, up to {@value #MAX_AXES} axes. */
    private static ParallelData parallelCoordinates(List<RunRow> rows) {
        List<String> axes = new ArrayList<>();
        List<Function<RunRow, Double>> values = new ArrayList<>();
        for (String name : union(rows, r -> r.run().params().keySet())) {
            boolean numeric = rows.stream().map(r -> r.run().params().get(name))
                    .allMatch(v -> v == null || number(v) != null);
            if (numeric) {
                axes.add(name);
                values.add(r -> number(r.run().params().get(name)));
            }
        }
        for (String name : union(rows, r -> r.run().metrics().keySet())) {
            axes.add(name);
            values.add(r -> r.run().metrics().get(name));
        }
        int kept = Math.min(axes.size(), MAX_AXES);
        List<ParallelData.Line> lines = rows.stream().map(row -> new ParallelData.Line(row.name().strip(),
                values.subList(0, kept).stream().map(value -> value.apply(row)).toList())).toList();
        return new ParallelData(axes.subList(0, kept), lines);
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ComparisonRow row(String measure, List<RunRow> rows, Function<RunRow, String> value) {
        return new ComparisonRow(measure, rows.stream().map(value).toList());
    }

    private static TreeSet<String> union(List<RunRow> rows, Function<RunRow, Collection<String>> names) {
        TreeSet<String> all = new TreeSet<>();
        rows.forEach(r -> all.addAll(names.apply(r)));
        return all;
    }
}

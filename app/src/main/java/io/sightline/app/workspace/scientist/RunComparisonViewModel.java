package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
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

    /** Compares the first {@value #MAX_RUNS} of {@code selected}; an empty list clears the comparison. */
    public void compare(List<RunRow> selected) {
        List<RunRow> rows = selected.size() > MAX_RUNS ? selected.subList(0, MAX_RUNS) : selected;
        note.set(selected.size() > MAX_RUNS ? "Comparing the first " + MAX_RUNS + " of the " + selected.size()
                + " selected runs." : "");
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

    private static ComparisonRow row(String measure, List<RunRow> rows, Function<RunRow, String> value) {
        return new ComparisonRow(measure, rows.stream().map(value).toList());
    }

    private static TreeSet<String> union(List<RunRow> rows, Function<RunRow, Collection<String>> names) {
        TreeSet<String> all = new TreeSet<>();
        rows.forEach(r -> all.addAll(names.apply(r)));
        return all;
    }
}

package io.sightline.engine.train;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The column to predict, read once: per table row the class index (classification; -1 when missing) or the
 * number (regression; NaN when missing). Labels keep their spelling from the file and are sorted. The positive
 * class of a binary task is the minority class of the labelled rows (the later label on a tie), since that is
 * usually the event worth finding (bad credit, a malignant tumour).
 */
record TrainingTarget(String column, Task task, List<String> labels, int[] classes, double[] values, int positive) {

    static TrainingTarget of(Table table, String target, Task task) {
        if (!table.hasColumn(target)) {
            throw PlatformException.invalid("There is no column '" + target + "' to predict. Pick one of: "
                    + String.join(", ", table.columnNames()) + ".");
        }
        Column column = table.column(target);
        int n = table.rowCount();
        if (task == Task.REGRESSION) {
            double[] values = new double[n];
            int present = 0;
            for (int i = 0; i < n; i++) {
                values[i] = column.number(i);
                present += Double.isNaN(values[i]) ? 0 : 1;
            }
            if (present < 2) {
                throw PlatformException.invalid("The column '" + target + "' has fewer than 2 numbers to learn from;"
                        + " number prediction needs a numeric target.");
            }
            return new TrainingTarget(target, task, List.of(), null, values, -1);
        }
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String cell = column.value(i);
            if (cell != null && !cell.isBlank()) {
                counts.merge(cell, 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            throw PlatformException.invalid("The column '" + target + "' has " + (counts.isEmpty() ? "no values"
                    : "only one value ('" + counts.firstKey() + "')") + "; a model needs at least two classes to tell apart.");
        }
        if (task == Task.BINARY && counts.size() > 2) {
            throw PlatformException.invalid("The column '" + target + "' has " + counts.size()
                    + " different values; a yes/no prediction needs exactly two. Choose category prediction instead.");
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        Map<String, Integer> index = new HashMap<>();
        labels.forEach(label -> index.put(label, index.size()));
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            String cell = column.value(i);
            classes[i] = cell == null || cell.isBlank() ? -1 : index.get(cell);
        }
        int positive = counts.get(labels.get(0)) < counts.get(labels.get(1)) ? 0 : 1;
        return new TrainingTarget(target, task, labels, classes, null, task == Task.BINARY ? positive : -1);
    }

    boolean classification() {
        return task.isClassification();
    }

    /** The rows whose target is known, in table order. */
    int[] labelledRows() {
        int n = classification() ? classes.length : values.length;
        return IntStream.range(0, n)
                .filter(i -> classification() ? classes[i] >= 0 : !Double.isNaN(values[i]))
                .toArray();
    }

    /** The class index of each of {@code rows}. */
    int[] classesOf(int[] rows) {
        return Arrays.stream(rows).map(r -> classes[r]).toArray();
    }

    /** The number of each of {@code rows}. */
    double[] valuesOf(int[] rows) {
        return Arrays.stream(rows).mapToDouble(r -> values[r]).toArray();
    }

    String positiveLabel() {
        return positive < 0 ? null : labels.get(positive);
    }
}

package io.sightline.app.workspace.scientist;

import java.util.List;

/**
 * One measure across the compared runs: its name, then one value per run in the order of the columns;
 * {@code parameter} for a run parameter, which the table highlights when the runs disagree on it.
 */
public record ComparisonRow(String measure, List<String> values, boolean parameter) {
    public ComparisonRow {
        values = List.copyOf(values);
    }

    public ComparisonRow(String measure, List<String> values) {
        this(measure, values, false);
    }

    /** True when not every compared run has the same value. */
    public boolean differs() {
        return values.stream().distinct().count() > 1;
    }
}

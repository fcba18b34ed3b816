package io.sightline.app.workspace.scientist;

import java.util.List;

/** One measure across the compared runs: its name, then one value per run in the order of the columns. */
public record ComparisonRow(String measure, List<String> values) {
    public ComparisonRow {
        values = List.copyOf(values);
    }
}

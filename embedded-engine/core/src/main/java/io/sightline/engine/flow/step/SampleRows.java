package io.sightline.engine.flow.step;

import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows to score, taken from the start of a version's training data, with the inputs its schema names. */
final class SampleRows {
    private SampleRows() {
    }

    static List<Map<String, String>> of(Table table, ModelVersion version, int most) {
        int n = Math.min(most, table.rowCount());
        List<Map<String, String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (FieldSpec field : version.schema().inputs()) {
                String cell = table.column(field.name()).value(i);
                row.put(field.name(), cell == null ? "" : cell);
            }
            rows.add(row);
        }
        return rows;
    }
}

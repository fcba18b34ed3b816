package io.sightline.engine.flow.step;

import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.data.Table;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.train.TrainedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow's version, its model, and up to the step's {@code rows} rows to score, taken from the start of its
 * training data with the inputs its schema names.
 */
record SampleRows(ModelVersion version, TrainedModel model, List<Map<String, String>> rows) {

    static SampleRows of(EngineParts parts, StepInput input) {
        ModelVersion version = parts.candidate(input);
        Table table = parts.trainingData().apply(version.ref());
        int n = Math.min((int) input.number("rows"), table.rowCount());
        List<Map<String, String>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (FieldSpec field : version.schema().inputs()) {
                String cell = table.column(field.name()).value(i);
                row.put(field.name(), cell == null ? "" : cell);
            }
            rows.add(row);
        }
        return new SampleRows(version, parts.models().apply(version.ref()), List.copyOf(rows));
    }
}

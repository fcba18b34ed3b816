package io.sightline.engine.registry.imports;

import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ImportCheck;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model gives the outputs the user expects: a CSV of the model's input columns and the target column holding
 * the expected class (equal as written) or number (equal within {@value #TOLERANCE}, relative to its size).
 */
final class ExpectedOutputsCheck {
    static final double TOLERANCE = 1e-4;
    private static final String NAME = "expected outputs";
    /** How many disagreements the message names. */
    private static final int SHOWN = 3;

    private ExpectedOutputsCheck() {
    }

    static ImportCheck of(TrainedModel model, CsvImporter importer, Path csv) {
        Table table;
        try {
            table = importer.readTable(csv, Map.of());
        } catch (PlatformException e) {
            return ImportCheck.of(NAME, false, "unreadable", "a CSV", "The expected outputs could not be read: "
                    + e.getMessage());
        }
        String target = model.schema().target();
        List<String> needed = new ArrayList<>(model.schema().inputs().stream().map(FieldSpec::name).toList());
        needed.add(target);
        List<String> absent = needed.stream().filter(c -> !table.hasColumn(c)).toList();
        if (!absent.isEmpty()) {
            return ImportCheck.of(NAME, false, "columns missing", String.join(", ", needed), "The expected outputs"
                    + " lack the columns " + absent + "; give the model's inputs and '" + target + "' per row.");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Map<String, String> row = new HashMap<>();
            for (String column : needed) {
                row.put(column, table.column(column).value(r));
            }
            rows.add(row);
        }
        List<ModelPrediction> predictions;
        try {
            predictions = model.predictBatch(rows);
        } catch (PlatformException e) {
            return ImportCheck.of(NAME, false, "failed", table.rowCount() + " matches",
                    "The model could not predict the rows of the expected outputs: " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String expected = rows.get(r).get(target);
            String got = answer(predictions.get(r));
            if (!agrees(expected, predictions.get(r))) {
                differences.add("row " + (r + 1) + " expected " + expected + " but got " + got);
            }
        }
        int n = rows.size();
        int matched = n - differences.size();
        boolean passed = n > 0 && differences.isEmpty();
        return ImportCheck.of(NAME, passed, matched + " of " + n + " match", n + " of " + n + " match",
                passed ? "The model gives the expected output on all " + n + " rows."
                        : n == 0 ? "The expected outputs hold no rows."
                        : differences.size() + " of " + n + " outputs differ from those expected: "
                                + String.join("; ", differences.subList(0, Math.min(SHOWN, differences.size())))
                                + (differences.size() > SHOWN ? "; …" : "") + ".");
    }

    private static String answer(ModelPrediction prediction) {
        return prediction.label() != null ? prediction.label() : String.valueOf(prediction.value());
    }

    private static boolean agrees(String expected, ModelPrediction prediction) {
        if (expected == null) {
            return false;
        }
        if (prediction.label() != null) {
            return expected.strip().equals(prediction.label());
        }
        try {
            double wanted = Double.parseDouble(expected.strip());
            return Math.abs(prediction.value() - wanted) <= TOLERANCE * Math.max(1, Math.abs(wanted));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

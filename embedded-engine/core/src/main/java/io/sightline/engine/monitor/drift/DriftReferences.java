package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import io.sightline.engine.registry.PerVersion;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The references of the model versions asked about lately, prepared from their training data and kept for the
 * next report. A training set of more than {@link #MAX_ROWS} rows is sampled (the same rows every time).
 * Numeric inputs are compared as numbers; categorical and yes/no inputs as categories; dates are left out
 * (time only moves forward: a date column would always drift).
 */
final class DriftReferences {
    /** Rows of a training set kept as the reference; larger ones are sampled down to this. */
    static final int MAX_ROWS = 200_000;
    private static final int KEPT_VERSIONS = 4;
    private static final long SEED = 42;
    private static final int SCORING_BATCH = 10_000;

    private final PerVersion<DriftReference> prepared;

    DriftReferences(Function<ModelRef, Table> trainingTables, Function<ModelRef, TrainedModel> models) {
        this.prepared = new PerVersion<>(KEPT_VERSIONS, ref -> prepare(models.apply(ref), trainingTables.apply(ref)));
    }

    /** The reference of {@code ref}, prepared on first use (reading and scoring its training data). */
    DriftReference get(ModelRef ref) {
        return prepared.get(ref);
    }

    static DriftReference prepare(TrainedModel model, Table table) {
        int[] rows = sample(table.rowCount());
        List<ColumnSample> inputs = new ArrayList<>();
        for (FieldSpec input : comparedInputs(model)) {
            if (table.hasColumn(input.name())) {
                inputs.add(sample(table.column(input.name()), input.type(), rows));
            }
        }
        List<ModelPrediction> predictions = predict(model, table, rows);
        PredictionColumn column = PredictionColumn.of(model, predictions.isEmpty() ? null : predictions.get(0));
        return new DriftReference(rows.length, inputs, column.reference(predictions), column);
    }

    /** The model's predictions on the rows, a batch at a time so that the encoded rows stay small. */
    private static List<ModelPrediction> predict(TrainedModel model, Table table, int[] rows) {
        List<ModelPrediction> predictions = new ArrayList<>(rows.length);
        for (int from = 0; from < rows.length; from += SCORING_BATCH) {
            predictions.addAll(model.predictRows(table, Arrays.copyOfRange(rows, from,
                    Math.min(rows.length, from + SCORING_BATCH))));
        }
        return predictions;
    }

    /** The model's inputs that drift is measured on, in the model's order. */
    static List<FieldSpec> comparedInputs(TrainedModel model) {
        return model.schema().inputs().stream().filter(input -> input.type() != ColumnType.DATETIME).toList();
    }

    private static ColumnSample sample(Column column, ColumnType type, int[] rows) {
        if (type == ColumnType.NUMERIC) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = column.number(rows[i]);
            }
            return ColumnSample.Numbers.of(column.name(), values);
        }
        String[] values = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = column.value(rows[i]);
        }
        return ColumnSample.Categories.of(column.name(), values);
    }

    /** Every row when there are at most {@link #MAX_ROWS}, else that many chosen at random (seeded), in order. */
    static int[] sample(int rowCount) {
        int[] all = new int[rowCount];
        Arrays.setAll(all, i -> i);
        if (rowCount <= MAX_ROWS) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < MAX_ROWS; i++) {
            int j = i + random.nextInt(rowCount - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, MAX_ROWS);
        Arrays.sort(chosen);
        return chosen;
    }
}

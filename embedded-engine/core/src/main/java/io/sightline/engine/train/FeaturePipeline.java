package io.sightline.engine.train;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.DateTimes;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preprocessing in front of a model, fitted on training rows only: which source columns are used and how
 * each becomes features ({@link InputEncoding}). Identifier, free-text and constant columns are left out.
 * {@code scaled} says whether numbers are standardised (for linear learners; trees do not need it).
 */
record FeaturePipeline(List<InputEncoding> inputs, boolean scaled) {

    /** Categories beyond this many (the rarest) are grouped, so that a column of codes cannot blow up the model. */
    static final int MAX_LEVELS = 50;

    FeaturePipeline {
        inputs = List.copyOf(inputs);
    }

    /** Learns the encodings of every usable column but {@code target} from the table's {@code rows}. */
    static FeaturePipeline fit(Table table, int[] rows, String target, boolean scaled) {
        List<InputEncoding> inputs = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.name().equals(target) || !column.type().isModelInput()) {
                continue;
            }
            InputEncoding encoding = column.type() == ColumnType.CATEGORICAL || column.type() == ColumnType.BOOLEAN
                    ? fitCategorical(column, rows)
                    : fitNumeric(column, rows, scaled);
            if (encoding != null) {
                inputs.add(encoding);
            }
        }
        return new FeaturePipeline(inputs, scaled);
    }

    /**
     * The inputs of a model made elsewhere: exactly {@code columns}, in that order, as the numbers they hold,
     * unscaled (a missing cell takes the column's median over {@code rows}, as it does for trained models).
     */
    static FeaturePipeline raw(Table table, int[] rows, List<String> columns) {
        List<InputEncoding> inputs = new ArrayList<>();
        for (String name : columns) {
            Column column = table.column(name);
            InputEncoding fitted = fitNumeric(column, rows, false);
            // a constant column is left out of training, but an imported model that takes it must be fed it
            inputs.add(fitted != null ? fitted : new InputEncoding(column.name(), column.type(),
                    constant(column, rows), 0, 1, false, null, false, null, null, null, null, null));
        }
        return new FeaturePipeline(inputs, false);
    }

    private static double constant(Column column, int[] rows) {
        for (int row : rows) {
            double value = column.number(row);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return 0;
    }

    private static InputEncoding fitNumeric(Column column, int[] rows, boolean scaled) {
        DateTimes.Order dateOrder = column.type() == ColumnType.DATETIME ? DateTimes.orderOf(cells(column, rows)) : null;
        InputEncoding raw = new InputEncoding(column.name(), column.type(), 0, 0, 1, false, null, false, null,
                null, null, null, dateOrder);
        double[] values = new double[rows.length];
        int present = 0;
        String example = null;
        for (int row : rows) {
            String cell = column.value(row);
            double value = cell == null || cell.isBlank() ? Double.NaN : raw.parse(cell);
            if (!Double.isNaN(value)) {
                values[present++] = value;
                if (example == null) {
                    example = cell.strip();
                }
            }
        }
        double[] seen = Arrays.copyOf(values, present);
        Arrays.sort(seen);
        boolean gaps = present < rows.length;
        if (present == 0 || (seen[0] == seen[present - 1] && !gaps)) {
            return null; // nothing to learn from an empty or constant column
        }
        double median = present % 2 == 1 ? seen[present / 2] : (seen[present / 2 - 1] + seen[present / 2]) / 2;
        double center = 0;
        double scale = 1;
        if (scaled) {
            // statistics of the imputed column, as the model will see it
            double sum = 0;
            for (double v : seen) {
                sum += v;
            }
            sum += median * (rows.length - present);
            center = sum / rows.length;
            double squares = 0;
            for (double v : seen) {
                squares += (v - center) * (v - center);
            }
            squares += (median - center) * (median - center) * (rows.length - present);
            double std = Math.sqrt(squares / rows.length);
            scale = std > 0 ? std : 1;
        }
        return new InputEncoding(column.name(), column.type(), median, center, scale, gaps, null, false, null,
                seen[0], seen[present - 1], example, dateOrder);
    }

    private static List<String> cells(Column column, int[] rows) {
        List<String> cells = new ArrayList<>(rows.length);
        for (int row : rows) {
            cells.add(column.value(row));
        }
        return cells;
    }

    private static InputEncoding fitCategorical(Column column, int[] rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row : rows) {
            String cell = column.value(row);
            if (cell != null && !cell.isBlank()) {
                counts.merge(cell.strip(), 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            return null; // after most-frequent imputation the column would be constant
        }
        List<String> byFrequency = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        String mostFrequent = byFrequency.get(0);
        List<String> kept = byFrequency.subList(0, Math.min(MAX_LEVELS, byFrequency.size())).stream()
                .sorted(Comparator.naturalOrder()).toList();
        return new InputEncoding(column.name(), column.type(), 0, 0, 1, false, kept, byFrequency.size() > kept.size(),
                mostFrequent, null, null, mostFrequent, null);
    }

    List<String> featureNames() {
        List<String> names = new ArrayList<>();
        inputs.forEach(input -> names.addAll(input.featureNames()));
        return names;
    }

    int featureCount() {
        return inputs.stream().mapToInt(InputEncoding::width).sum();
    }

    List<FieldSpec> fieldSpecs() {
        return inputs.stream().map(InputEncoding::fieldSpec).toList();
    }

    /** The pipeline prepared for encoding many rows (offsets and category lookups worked out once). */
    EncodingPlan plan() {
        return new EncodingPlan(inputs);
    }

    /** The features of one row given as column name → cell text; refuses absent fields and malformed values. */
    double[] encode(Map<String, String> row) {
        return plan().encode(row);
    }

    /** The features of the table's {@code rows}; cells that do not parse count as missing, as in training. */
    double[][] encode(Table table, int[] rows) {
        return plan().encode(table, rows);
    }
}

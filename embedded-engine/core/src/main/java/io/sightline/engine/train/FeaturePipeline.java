package io.sightline.engine.train;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.Task;
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
    /** A level seen in fewer than one training row in this many is grouped with the other rare ones. */
    static final int RARE_ONE_IN = 200;
    /**
     * A category column with more levels than this is given to yes/no and number models as the mean of the
     * target per level (target encoding), not as 0/1 features.
     */
    static final int TARGET_ENCODED_ABOVE = 30;

    FeaturePipeline {
        inputs = List.copyOf(inputs);
    }

    /** Learns the encodings of every usable column but {@code target} from the table's {@code rows}, without target encoding. */
    static FeaturePipeline fit(Table table, int[] rows, String target, boolean scaled) {
        return fit(table, rows, target, null, scaled);
    }

    /**
     * Learns the encodings of every usable column but the target's from the table's {@code rows}; categories with
     * many levels are target-encoded for yes/no and number targets.
     */
    static FeaturePipeline fit(Table table, int[] rows, TrainingTarget target, boolean scaled) {
        return fit(table, rows, target.column(), target.task() == Task.MULTICLASS ? null : target, scaled);
    }

    private static FeaturePipeline fit(Table table, int[] rows, String targetColumn, TrainingTarget encodingTarget,
                                       boolean scaled) {
        List<InputEncoding> inputs = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.name().equals(targetColumn) || !column.type().isModelInput()) {
                continue;
            }
            InputEncoding encoding = column.type() == ColumnType.CATEGORICAL || column.type() == ColumnType.BOOLEAN
                    ? fitCategorical(column, rows, encodingTarget, scaled)
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
            inputs.add(fitted != null ? fitted : InputEncoding.number(column.name(), column.type(),
                    constant(column, rows), 0, 1, false, null, null, null, null));
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
        InputEncoding raw = InputEncoding.number(column.name(), column.type(), 0, 0, 1, false, null, null, null,
                dateOrder);
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
        double[] standard = scaled ? standardisation(seen, median, rows.length - present) : new double[] {0, 1};
        return InputEncoding.number(column.name(), column.type(), median, standard[0], standard[1], gaps, seen[0],
                seen[present - 1], example, dateOrder);
    }

    /** Mean and standard deviation (1 when 0) of {@code values} and {@code fills} more copies of {@code fill}. */
    private static double[] standardisation(double[] values, double fill, int fills) {
        int n = values.length + fills;
        double sum = fill * fills;
        for (double v : values) {
            sum += v;
        }
        double center = sum / n;
        double squares = (fill - center) * (fill - center) * fills;
        for (double v : values) {
            squares += (v - center) * (v - center);
        }
        double std = Math.sqrt(squares / n);
        return new double[] {center, std > 0 ? std : 1};
    }

    private static List<String> cells(Column column, int[] rows) {
        List<String> cells = new ArrayList<>(rows.length);
        for (int row : rows) {
            cells.add(column.value(row));
        }
        return cells;
    }

    /**
     * Levels that stand for ordered numbers become that number; with many levels and a target to encode with,
     * the target's smoothed mean per level; else a 0/1 feature per level, rare ones grouped.
     */
    private static InputEncoding fitCategorical(Column column, int[] rows, TrainingTarget target, boolean scaled) {
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
        List<String> sorted = byFrequency.stream().sorted(Comparator.naturalOrder()).toList();
        double[] ordered = OrderedLevels.valuesOf(sorted);
        if (ordered != null) {
            return numberPerLevel(column, rows, sorted, ordered, ordered[sorted.indexOf(mostFrequent)], mostFrequent,
                    false, scaled);
        }
        if (target != null && counts.size() > TARGET_ENCODED_ABOVE) {
            TargetMeans means = TargetMeans.fit(column, rows, target);
            return numberPerLevel(column, rows, sorted, means.of(sorted), means.prior(), mostFrequent, true, scaled);
        }
        int common = (int) byFrequency.stream().filter(level -> counts.get(level) * RARE_ONE_IN >= rows.length).count();
        int keep = Math.min(MAX_LEVELS, common >= 2 ? common : byFrequency.size());
        List<String> kept = byFrequency.subList(0, keep).stream().sorted(Comparator.naturalOrder()).toList();
        return new InputEncoding(column.name(), column.type(), 0, 0, 1, false, kept, byFrequency.size() > kept.size(),
                mostFrequent, null, null, mostFrequent, null, null, false);
    }

    /** A category given as one number per level; {@code fill} stands for a missing or unseen level. */
    private static InputEncoding numberPerLevel(Column column, int[] rows, List<String> levels, double[] values,
                                                double fill, String mostFrequent, boolean targetEncoded,
                                                boolean scaled) {
        double[] standard = {0, 1};
        if (scaled) {
            Map<String, Double> valueOf = new HashMap<>();
            for (int i = 0; i < levels.size(); i++) {
                valueOf.put(levels.get(i), values[i]);
            }
            double[] seen = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                String cell = column.value(rows[i]);
                seen[i] = cell == null || cell.isBlank() ? fill : valueOf.get(cell.strip());
            }
            standard = standardisation(seen, fill, 0);
        }
        return new InputEncoding(column.name(), column.type(), fill, standard[0], standard[1], false, levels, false,
                mostFrequent, null, null, mostFrequent, null, Arrays.stream(values).boxed().toList(), targetEncoded);
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

    /**
     * The features of the training rows a model is fitted on: as {@link #encode(Table, int[])}, except that a
     * target-encoded column takes, for each row, the target means of the other training rows' folds (out of
     * fold), so that a learner cannot read a row's own target through its level.
     */
    double[][] encodeForFit(Table table, int[] rows, TrainingTarget target, long seed) {
        double[][] features = encode(table, rows);
        int offset = 0;
        for (InputEncoding input : inputs) {
            if (input.targetEncoded()) {
                double[] outOfFold = TargetMeans.outOfFold(table.column(input.column()), rows, target, seed);
                for (int i = 0; i < rows.length; i++) {
                    features[i][offset] = (outOfFold[i] - input.center()) / input.scale();
                }
            }
            offset += input.width();
        }
        return features;
    }
}

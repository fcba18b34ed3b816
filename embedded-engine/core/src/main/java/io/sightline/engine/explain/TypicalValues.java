package io.sightline.engine.explain;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.DateTimes;
import io.sightline.engine.data.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typical training value of every model input, as cell text: the median of a numeric column, the middle date
 * of a date column, the most frequent value of a categorical or yes/no one (the first in alphabetical order
 * among equally frequent ones). An input with no value in training gets an empty cell (unknown).
 */
record TypicalValues(Map<String, String> values) {

    TypicalValues {
        values = Map.copyOf(values);
    }

    static TypicalValues of(Table table, ModelSchema schema) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldSpec input : schema.inputs()) {
            String typical = table.hasColumn(input.name()) ? typical(table.column(input.name()), input.type()) : null;
            values.put(input.name(), typical == null ? "" : typical);
        }
        return new TypicalValues(values);
    }

    String of(String column) {
        return values.getOrDefault(column, "");
    }

    private static String typical(Column column, ColumnType type) {
        return switch (type) {
            case NUMERIC -> median(column);
            case DATETIME -> middleDate(column);
            default -> mostFrequent(column);
        };
    }

    private static String median(Column column) {
        double[] values = new double[column.size()];
        int present = 0;
        for (int row = 0; row < column.size(); row++) {
            double value = column.number(row);
            if (Double.isFinite(value)) {
                values[present++] = value;
            }
        }
        if (present == 0) {
            return null;
        }
        Arrays.sort(values, 0, present);
        double median = present % 2 == 1 ? values[present / 2] : (values[present / 2 - 1] + values[present / 2]) / 2;
        return BigDecimal.valueOf(median).stripTrailingZeros().toPlainString();
    }

    /** The cell of the lower middle date, as it was written. */
    private static String middleDate(Column column) {
        double[] seconds = DateTimes.epochSeconds(column);
        Integer[] rows = new Integer[seconds.length];
        int present = 0;
        for (int row = 0; row < seconds.length; row++) {
            if (!Double.isNaN(seconds[row])) {
                rows[present++] = row;
            }
        }
        if (present == 0) {
            return null;
        }
        Arrays.sort(rows, 0, present, Comparator.comparingDouble(row -> seconds[row]));
        return column.value(rows[(present - 1) / 2]);
    }

    private static String mostFrequent(Column column) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < column.size(); row++) {
            String value = column.value(row);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey).orElse(null);
    }
}

package io.sightline.engine.train;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link FeaturePipeline} prepared for encoding many rows: each input's column name and offset in the feature
 * vector worked out once, and categories looked up by hash instead of searched in a list, so that a row costs one
 * map lookup per column and the feature array. Gives the features the pipeline's encodings define.
 */
final class EncodingPlan {
    private final InputEncoding[] inputs;
    private final String[] columns;
    private final int[] offsets;
    /** Per categorical input: level → position among its levels; null for numbers and dates. */
    private final Map<String, Integer>[] levels;
    /** Per category given as one number: that number per level position (standardised); else null. */
    private final double[][] levelNumbers;
    /** Per categorical input: the position a missing cell takes, or -1; the "(other)" position, or -1. */
    private final int[] missingLevel;
    private final int[] otherLevel;
    private final int width;

    @SuppressWarnings("unchecked") // an array of maps cannot be created generically
    EncodingPlan(List<InputEncoding> encodings) {
        int n = encodings.size();
        inputs = encodings.toArray(InputEncoding[]::new);
        columns = new String[n];
        offsets = new int[n];
        levels = new Map[n];
        levelNumbers = new double[n][];
        missingLevel = new int[n];
        otherLevel = new int[n];
        int at = 0;
        for (int c = 0; c < n; c++) {
            InputEncoding input = inputs[c];
            columns[c] = input.column();
            offsets[c] = at;
            if (input.categorical()) {
                Map<String, Integer> positions = new HashMap<>();
                for (int i = 0; i < input.levels().size(); i++) {
                    positions.putIfAbsent(input.levels().get(i), i);
                }
                levels[c] = positions;
                if (input.numberPerLevel()) {
                    levelNumbers[c] = input.levelValues().stream()
                            .mapToDouble(v -> (v - input.center()) / input.scale()).toArray();
                }
                missingLevel[c] = input.missingLevel();
                otherLevel[c] = input.otherLevel() ? input.levels().size() : -1;
            }
            at += input.width();
        }
        width = at;
    }

    int width() {
        return width;
    }

    /** The features of one row given as column name → cell text; refuses absent fields and malformed values. */
    double[] encode(Map<String, String> row) {
        double[] out = new double[width];
        for (int c = 0; c < columns.length; c++) {
            String cell = row.get(columns[c]);
            if (cell == null && !row.containsKey(columns[c])) {
                throw PlatformException.invalid("The field '" + columns[c]
                        + "' is missing: every input column of the model must be given; leave it empty if unknown");
            }
            write(c, cell, out, true);
        }
        return out;
    }

    /** The features of the table's {@code rows}; cells that do not parse count as missing, as in training. */
    double[][] encode(Table table, int[] rows) {
        Column[] source = new Column[columns.length];
        for (int c = 0; c < columns.length; c++) {
            source[c] = table.column(columns[c]);
        }
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            double[] features = new double[width];
            for (int c = 0; c < columns.length; c++) {
                write(c, source[c].value(rows[r]), features, false);
            }
            out[r] = features;
        }
        return out;
    }

    /**
     * Categories: one 0/1 feature for the level; a missing cell counts as the most frequent level, an unseen one
     * as "(other)" when rare levels were grouped, else it sets no feature. A category given as one number: the
     * level's number, the fill for a missing or unseen one.
     */
    private void write(int c, String cell, double[] out, boolean strict) {
        Map<String, Integer> positions = levels[c];
        if (positions == null) {
            inputs[c].writeNumber(cell, out, offsets[c], strict);
            return;
        }
        if (levelNumbers[c] != null) {
            Integer index = cell == null ? null : positions.get(cell.strip());
            out[offsets[c]] = index != null ? levelNumbers[c][index]
                    : (inputs[c].fill() - inputs[c].center()) / inputs[c].scale();
            return;
        }
        if (cell == null || cell.isBlank()) {
            if (missingLevel[c] >= 0) {
                out[offsets[c] + missingLevel[c]] = 1.0;
            }
            return;
        }
        Integer index = positions.get(cell.strip());
        if (index != null) {
            out[offsets[c] + index] = 1.0;
        } else if (otherLevel[c] >= 0) {
            out[offsets[c] + otherLevel[c]] = 1.0;
        }
    }
}

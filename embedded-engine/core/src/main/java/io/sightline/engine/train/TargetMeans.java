package io.sightline.engine.train;

import io.sightline.engine.data.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The mean of the target per level of a category column (the share of the positive class for a yes/no target),
 * each pulled towards the overall mean by {@value #SMOOTHING} rows' worth of it, so that a level seen twice does
 * not claim certainty. {@link #outOfFold} gives each training row the means of the other rows only.
 */
final class TargetMeans {
    /** How many rows of the overall mean each level's mean is blended with. */
    static final double SMOOTHING = 10;
    /** Folds of the out-of-fold means. */
    static final int FOLDS = 5;

    private final Map<String, double[]> sumAndCount;
    private final double prior;

    private TargetMeans(Map<String, double[]> sumAndCount, double prior) {
        this.sumAndCount = sumAndCount;
        this.prior = prior;
    }

    /** The means learned from the column's cells in {@code rows} (rows whose target is known). */
    static TargetMeans fit(Column column, int[] rows, TrainingTarget target) {
        return fit(column, rows, target, null, -1);
    }

    /** As {@link #fit(Column, int[], TrainingTarget)}, from the rows whose fold is not {@code leftOut}. */
    private static TargetMeans fit(Column column, int[] rows, TrainingTarget target, int[] foldOf, int leftOut) {
        Map<String, double[]> sums = new HashMap<>();
        double total = 0;
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if (foldOf != null && foldOf[i] == leftOut) {
                continue;
            }
            double y = valueOf(target, rows[i]);
            total += y;
            n++;
            String cell = column.value(rows[i]);
            if (cell != null && !cell.isBlank()) {
                double[] sc = sums.computeIfAbsent(cell.strip(), level -> new double[2]);
                sc[0] += y;
                sc[1]++;
            }
        }
        return new TargetMeans(sums, n == 0 ? 0 : total / n);
    }

    /** 1 for the positive class of a yes/no target, else the number. */
    private static double valueOf(TrainingTarget target, int row) {
        return target.classification() ? (target.classes()[row] == target.positive() ? 1 : 0) : target.values()[row];
    }

    double prior() {
        return prior;
    }

    /** The smoothed mean of {@code level}; the overall mean for a level not seen (or a missing cell). */
    double of(String level) {
        double[] sc = level == null ? null : sumAndCount.get(level.strip());
        return sc == null ? prior : (sc[0] + SMOOTHING * prior) / (sc[1] + SMOOTHING);
    }

    double[] of(List<String> levels) {
        return levels.stream().mapToDouble(this::of).toArray();
    }

    /** For each of {@code rows}, its level's mean over the other {@value #FOLDS} − 1 folds of {@code rows}. */
    static double[] outOfFold(Column column, int[] rows, TrainingTarget target, long seed) {
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        CrossValidation.shuffle(order, new Random(seed));
        int[] foldOf = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            foldOf[order[i]] = i % FOLDS;
        }
        double[] values = new double[rows.length];
        for (int f = 0; f < FOLDS; f++) {
            TargetMeans means = fit(column, rows, target, foldOf, f);
            for (int i = 0; i < rows.length; i++) {
                if (foldOf[i] == f) {
                    values[i] = means.of(column.value(rows[i]));
                }
            }
        }
        return values;
    }
}

package io.sightline.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded, shuffled splits of row indices: k folds for cross-validation and a held-out test share, both
 * stratified by class when strata are given (every class spread evenly), plain shuffles otherwise.
 */
final class CrossValidation {

    /** Rows to fit on and rows to score. */
    record Fold(int[] train, int[] validation) {
    }

    private CrossValidation() {
    }

    /**
     * Splits {@code rows} into {@code k} folds; {@code strata} (one class per row of {@code rows}, or null)
     * keeps every class in the same proportion in each fold.
     */
    static List<Fold> folds(int[] rows, int[] strata, int k, long seed) {
        int[] foldOf = new int[rows.length];
        int next = 0;
        for (int[] group : shuffledGroups(rows, strata, seed)) {
            // dealing each class round-robin, continuing where the last class stopped, balances sizes too
            for (int position : group) {
                foldOf[position] = next;
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            folds.add(pick(rows, foldOf, f));
        }
        return folds;
    }

    /**
     * Holds out {@code fraction} of {@code rows} (of each class when stratified) as validation rows; a class
     * keeps at least one training row.
     */
    static Fold holdout(int[] rows, int[] strata, double fraction, long seed) {
        int[] side = new int[rows.length];
        for (int[] group : shuffledGroups(rows, strata, seed)) {
            long held = Math.round(group.length * fraction);
            held = Math.min(held, group.length - 1L);
            for (int i = 0; i < held; i++) {
                side[group[i]] = 1;
            }
        }
        return pick(rows, side, 1);
    }

    /** Positions into {@code rows} grouped by stratum (in stratum order), each group shuffled. */
    private static List<int[]> shuffledGroups(int[] rows, int[] strata, long seed) {
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            groups.computeIfAbsent(strata == null ? 0 : strata[i], s -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<int[]> shuffled = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int[] positions = group.stream().mapToInt(Integer::intValue).toArray();
            shuffle(positions, random);
            shuffled.add(positions);
        }
        return shuffled;
    }

    /** Fisher-Yates, in place. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** Rows whose mark is {@code chosen} become validation, the others training; both in table order. */
    private static Fold pick(int[] rows, int[] marks, int chosen) {
        int[] validation = new int[rows.length];
        int[] train = new int[rows.length];
        int v = 0;
        int t = 0;
        for (int i = 0; i < rows.length; i++) {
            if (marks[i] == chosen) {
                validation[v++] = rows[i];
            } else {
                train[t++] = rows[i];
            }
        }
        return new Fold(Arrays.copyOf(train, t), Arrays.copyOf(validation, v));
    }
}

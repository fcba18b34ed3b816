package io.sightline.engine.train;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * How much each source column matters: the drop of the model's score when that column's cells are shuffled
 * among the rows it is scored on. Shuffling the raw column moves all of its one-hot features together, so the
 * importance belongs to the column as people know it. Seeded; drops below zero count as zero; normalised to 1.
 */
final class PermutationImportance {
    static final int REPEATS = 3;
    /** Rows scored per holdout at most: enough for stable ranks, bounded cost on large files. */
    static final int MAX_ROWS = 2000;

    /** A model and the rows (of {@code table}) it was not trained on. */
    record Holdout(TrainedModel model, Table table, int[] rows) {
    }

    private PermutationImportance() {
    }

    static List<FeatureImportance> compute(List<Holdout> holdouts, TrainingTarget target, long seed) {
        return compute(holdouts, target, seed, Runnable::run);
    }

    /** As {@link #compute(List, TrainingTarget, long)}, the holdouts measured side by side on {@code executor}. */
    static List<FeatureImportance> compute(List<Holdout> holdouts, TrainingTarget target, long seed, Executor executor) {
        Set<String> columns = new LinkedHashSet<>();
        holdouts.forEach(h -> h.model().pipeline().inputs().forEach(input -> columns.add(input.column())));
        List<CompletableFuture<double[]>> perHoldout = holdouts.stream()
                .map(holdout -> CompletableFuture.supplyAsync(() -> drops(capped(holdout, seed), columns, target, seed),
                        executor))
                .toList();
        Map<String, Double> drops = new LinkedHashMap<>();
        columns.forEach(column -> drops.put(column, 0.0));
        for (CompletableFuture<double[]> holdout : perHoldout) {
            double[] drop = holdout.join(); // summed in holdout order, so that the figures do not depend on timing
            int c = 0;
            for (String column : columns) {
                drops.merge(column, drop[c++] / holdouts.size(), Double::sum);
            }
        }
        double total = drops.values().stream().mapToDouble(d -> Math.max(0, d)).sum();
        List<FeatureImportance> importances = new ArrayList<>();
        drops.forEach((column, drop) -> importances.add(
                new FeatureImportance(column, total > 0 ? Math.max(0, drop) / total : 0)));
        importances.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed());
        return importances;
    }

    /** The mean drop of the score on {@code holdout} when each of {@code columns} is shuffled, in their order. */
    private static double[] drops(Holdout holdout, Set<String> columns, TrainingTarget target, long seed) {
        double base = goodness(ModelEvaluator.evaluate(holdout.model(), holdout.table(), holdout.rows(), target), target);
        double[] drops = new double[columns.size()];
        int c = 0;
        for (String column : columns) {
            Random random = new Random(seed * 31 + c);
            double drop = 0;
            for (int r = 0; r < REPEATS; r++) {
                Table shuffled = withShuffled(holdout.table(), holdout.rows(), column, random);
                drop += base - goodness(ModelEvaluator.evaluate(holdout.model(), shuffled, holdout.rows(), target),
                        target);
            }
            drops[c++] = drop / REPEATS;
        }
        return drops;
    }

    private static Holdout capped(Holdout holdout, long seed) {
        if (holdout.rows().length <= MAX_ROWS) {
            return holdout;
        }
        int[] rows = holdout.rows().clone();
        CrossValidation.shuffle(rows, new Random(seed));
        int[] kept = Arrays.copyOf(rows, MAX_ROWS);
        Arrays.sort(kept);
        return new Holdout(holdout.model(), holdout.table(), kept);
    }

    /** Higher is better: AUC when the task has it, else accuracy, or minus RMSE for numbers. */
    private static double goodness(Evaluation evaluation, TrainingTarget target) {
        if (!target.classification()) {
            return -evaluation.metric("rmse");
        }
        double auc = evaluation.metric("auc");
        return target.task() == Task.BINARY && !Double.isNaN(auc)
                ? auc : evaluation.metric("accuracy");
    }

    /** The table with {@code name}'s cells shuffled among {@code rows}; other rows and columns untouched. */
    private static Table withShuffled(Table table, int[] rows, String name, Random random) {
        int[] shuffledRows = rows.clone();
        CrossValidation.shuffle(shuffledRows, random);
        int[] order = IntStream.range(0, table.rowCount()).toArray();
        for (int i = 0; i < rows.length; i++) {
            order[rows[i]] = shuffledRows[i];
        }
        List<Column> columns = new ArrayList<>(table.columns());
        int index = table.columnNames().indexOf(name);
        columns.set(index, columns.get(index).select(order));
        return new Table(columns);
    }
}

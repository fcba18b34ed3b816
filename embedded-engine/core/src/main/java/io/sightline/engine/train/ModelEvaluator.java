package io.sightline.engine.train;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import java.util.Arrays;
import java.util.List;

/**
 * Measures a model, or the guess that needs no model, on rows it was not trained on, and says which number
 * compares models whatever their threshold: AUC for yes/no tasks, accuracy for categories, RMSE for numbers.
 * (AutoML ranks yes/no candidates by what their decisions are judged by instead: {@link DecisionObjective}.)
 */
final class ModelEvaluator {
    private ModelEvaluator() {
    }

    static String primaryMetric(Task task) {
        return switch (task) {
            case BINARY -> "auc";
            case MULTICLASS -> "accuracy";
            case REGRESSION -> "rmse";
        };
    }

    static boolean higherIsBetter(String metric) {
        return !metric.equals("rmse") && !metric.equals("mae") && !metric.equals("cost");
    }

    /** The model's predictions for the table's {@code rows}, scored against the target. */
    static Evaluation evaluate(TrainedModel model, Table table, int[] rows, TrainingTarget target) {
        return evaluate(model.score(table, rows), rows, target);
    }

    static Evaluation evaluate(BatchScores scores, int[] rows, TrainingTarget target) {
        if (target.classification()) {
            return ClassificationMetrics.evaluate(target.task(), target.labels(), target.positive(),
                    target.classesOf(rows), scores.predicted(), scores.scores());
        }
        return RegressionMetrics.evaluate(target.valuesOf(rows), scores.values());
    }

    /**
     * What guessing scores on each fold's validation rows, pooled: the majority class of the fold's training
     * rows (with a flat score, so AUC is 0.5), or their mean.
     */
    static Baseline baseline(List<CrossValidation.Fold> folds, TrainingTarget target) {
        int total = folds.stream().mapToInt(f -> f.validation().length).sum();
        int[] rows = new int[total];
        int[] predicted = new int[total];
        double[] values = new double[total];
        int at = 0;
        String description = null;
        for (CrossValidation.Fold fold : folds) {
            int majority = -1;
            double mean = 0;
            if (target.classification()) {
                int[] counts = new int[target.labels().size()];
                Arrays.stream(target.classesOf(fold.train())).forEach(c -> counts[c]++);
                for (int c = 0; c < counts.length; c++) {
                    majority = majority < 0 || counts[c] > counts[majority] ? c : majority;
                }
                description = "Always predict the most frequent class in training, '" + target.labels().get(majority) + "'";
            } else {
                mean = Arrays.stream(target.valuesOf(fold.train())).average().orElse(Double.NaN);
                description = "Always predict the mean of the training rows, " + String.format("%.4g", mean);
            }
            for (int row : fold.validation()) {
                rows[at] = row;
                predicted[at] = majority;
                values[at] = mean;
                at++;
            }
        }
        if (folds.size() > 1) {
            description += " (per cross-validation fold)";
        }
        double[][] flat = null;
        if (target.classification()) {
            flat = new double[total][target.labels().size()];
            for (int i = 0; i < total; i++) {
                flat[i][predicted[i]] = 1.0; // every row scored alike
            }
        }
        BatchScores guesses = new BatchScores(predicted, flat, true, values);
        Evaluation evaluation = evaluate(guesses, rows, target);
        return new Baseline(description + ".", evaluation.metrics());
    }
}

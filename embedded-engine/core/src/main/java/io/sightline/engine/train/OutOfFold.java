package io.sightline.engine.train;

import io.sightline.engine.api.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The predictions each fold's model made on its validation rows, pooled over the folds, so that the
 * cross-validated evaluation can show one confusion matrix and one ROC curve for all training rows.
 */
final class OutOfFold {
    private final TrainingTarget target;
    private final List<int[]> rows = new ArrayList<>();
    private final List<BatchScores> scores = new ArrayList<>();

    OutOfFold(TrainingTarget target) {
        this.target = target;
    }

    void add(int[] foldRows, BatchScores foldScores) {
        rows.add(foldRows);
        scores.add(foldScores);
    }

    /** The pooled evaluation, with {@code foldMeans} (the leaderboard's figures) as its metrics. */
    Evaluation evaluation(Map<String, Double> foldMeans) {
        int total = rows.stream().mapToInt(r -> r.length).sum();
        int[] all = new int[total];
        int[] predicted = new int[total];
        double[] values = new double[total];
        double[][] rowScores = new double[total][];
        boolean scored = true;
        int at = 0;
        for (int f = 0; f < rows.size(); f++) {
            BatchScores s = scores.get(f);
            scored &= s.scores() != null;
            for (int i = 0; i < rows.get(f).length; i++, at++) {
                all[at] = rows.get(f)[i];
                if (target.classification()) {
                    predicted[at] = s.predicted()[i];
                    rowScores[at] = s.scores() == null ? null : s.scores()[i];
                } else {
                    values[at] = s.values()[i];
                }
            }
        }
        BatchScores pooled = new BatchScores(predicted, scored ? rowScores : null, false, values);
        Evaluation evaluation = ModelEvaluator.evaluate(pooled, all, target);
        return new Evaluation(evaluation.task(), evaluation.rows(), foldMeans, evaluation.labels(),
                evaluation.positiveLabel(), evaluation.confusion(), evaluation.roc());
    }
}

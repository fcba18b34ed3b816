package io.sightline.engine.train;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.RocPoint;
import io.sightline.engine.api.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores class predictions against the truth. Binary tasks: precision, recall and F1 of the positive class,
 * AUC and the ROC curve from its scores. Multiclass: macro averages over the labels that occur, and the macro
 * one-vs-rest AUC. AUC is left out when the model gives no scores.
 */
public final class ClassificationMetrics {
    static final int MAX_ROC_POINTS = 200;

    private ClassificationMetrics() {
    }

    /**
     * @param labels   all labels, in the order of the confusion matrix and of {@code scores}' columns
     * @param positive index of the positive label of a binary task (ignored for multiclass)
     * @param actual   index of the true label per row
     * @param predicted index of the predicted label per row
     * @param scores   per row, a score per label (higher: more likely), or null when the model has none
     */
    static Evaluation evaluate(Task task, List<String> labels, int positive, int[] actual, int[] predicted,
                               double[][] scores) {
        int k = labels.size();
        long[][] confusion = new long[k][k];
        long correct = 0;
        for (int i = 0; i < actual.length; i++) {
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i]) {
                correct++;
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", actual.length == 0 ? Double.NaN : (double) correct / actual.length);
        List<RocPoint> roc = List.of();
        if (task == Task.BINARY) {
            double[] prf = precisionRecallF1(confusion, positive);
            metrics.put("precision", prf[0]);
            metrics.put("recall", prf[1]);
            metrics.put("f1", prf[2]);
            if (scores != null) {
                double[] positiveScores = column(scores, positive);
                boolean[] isPositive = isClass(actual, positive);
                metrics.put("auc", auc(positiveScores, isPositive));
                roc = roc(positiveScores, isPositive);
            }
        } else {
            double[] sums = new double[3];
            int used = 0;
            double aucSum = 0;
            int aucUsed = 0;
            for (int c = 0; c < k; c++) {
                if (rowSum(confusion, c) + columnSum(confusion, c) == 0) {
                    continue; // macro averages cover the labels that occur, as scikit-learn's do
                }
                double[] prf = precisionRecallF1(confusion, c);
                for (int m = 0; m < 3; m++) {
                    sums[m] += prf[m];
                }
                used++;
                if (scores != null) {
                    double a = auc(column(scores, c), isClass(actual, c));
                    if (!Double.isNaN(a)) {
                        aucSum += a;
                        aucUsed++;
                    }
                }
            }
            metrics.put("precision", sums[0] / used);
            metrics.put("recall", sums[1] / used);
            metrics.put("f1", sums[2] / used);
            if (aucUsed > 0) {
                metrics.put("auc", aucSum / aucUsed);
            }
        }
        List<List<Long>> matrix = Arrays.stream(confusion)
                .map(row -> Arrays.stream(row).boxed().toList())
                .toList();
        String positiveLabel = task == Task.BINARY ? labels.get(positive) : null;
        return new Evaluation(task, actual.length, metrics, labels, positiveLabel, matrix, roc);
    }

    private static double[] precisionRecallF1(long[][] confusion, int c) {
        double truePositives = confusion[c][c];
        double predictedPositive = columnSum(confusion, c);
        double actualPositive = rowSum(confusion, c);
        double precision = predictedPositive == 0 ? 0 : truePositives / predictedPositive;
        double recall = actualPositive == 0 ? 0 : truePositives / actualPositive;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static long rowSum(long[][] m, int r) {
        return Arrays.stream(m[r]).sum();
    }

    private static long columnSum(long[][] m, int c) {
        long sum = 0;
        for (long[] row : m) {
            sum += row[c];
        }
        return sum;
    }

    private static double[] column(double[][] scores, int c) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i][c];
        }
        return out;
    }

    private static boolean[] isClass(int[] actual, int c) {
        boolean[] out = new boolean[actual.length];
        for (int i = 0; i < actual.length; i++) {
            out[i] = actual[i] == c;
        }
        return out;
    }

    /** Area under the ROC curve as the Mann-Whitney statistic, ties counted half; NaN if a class is absent. */
    public static double auc(double[] scores, boolean[] positive) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The ROC curve at every distinct score, thinned evenly to at most {@link #MAX_ROC_POINTS} points. */
    static List<RocPoint> roc(double[] scores, boolean[] positive) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        long positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return List.of();
        }
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(0, 0, scores.length == 0 ? 1 : Math.nextUp(scores[order[0]])));
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < order.length) {
            double threshold = scores[order[i]];
            while (i < order.length && scores[order[i]] == threshold) {
                if (positive[order[i]]) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            points.add(new RocPoint((double) fp / negatives, (double) tp / positives, threshold));
        }
        if (points.size() <= MAX_ROC_POINTS) {
            return points;
        }
        List<RocPoint> thinned = new ArrayList<>(MAX_ROC_POINTS);
        for (int p = 0; p < MAX_ROC_POINTS; p++) {
            thinned.add(points.get((int) Math.round((double) p * (points.size() - 1) / (MAX_ROC_POINTS - 1))));
        }
        return thinned;
    }
}

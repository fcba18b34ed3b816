package io.sightline.engine.train;

import io.sightline.engine.api.PlatformException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a yes/no model's decisions are judged by, and so where its decision threshold goes and which candidate
 * wins: the share of right answers (accuracy, the default), the F1 of the positive class, or the average cost
 * of its errors, a missed positive costing {@code missCost} and a false alarm {@code falseAlarmCost}.
 */
public record DecisionObjective(Kind kind, double missCost, double falseAlarmCost) {

    /** The figures a threshold can be chosen for. */
    public enum Kind { ACCURACY, F1, COST }

    /** Where the threshold stays when the scores give no better one: the usual even odds. */
    static final double DEFAULT_THRESHOLD = 0.5;

    public DecisionObjective {
        if (kind == null) {
            throw PlatformException.invalid("Name what the decisions are judged by: accuracy, F1 or cost.");
        }
        if (kind == Kind.COST && !(missCost >= 0 && falseAlarmCost >= 0 && missCost + falseAlarmCost > 0)) {
            throw PlatformException.invalid("The costs of a missed case and of a false alarm must not be negative,"
                    + " and not both zero.");
        }
    }

    public static DecisionObjective accuracy() {
        return new DecisionObjective(Kind.ACCURACY, 1, 1);
    }

    public static DecisionObjective f1() {
        return new DecisionObjective(Kind.F1, 1, 1);
    }

    public static DecisionObjective cost(double missCost, double falseAlarmCost) {
        return new DecisionObjective(Kind.COST, missCost, falseAlarmCost);
    }

    /** The name of the figure in an evaluation's metrics: "accuracy", "f1" or "cost". */
    public String metric() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public boolean higherIsBetter() {
        return kind != Kind.COST;
    }

    /** The figure for a confusion of {@code n} rows; cost is per row. */
    double value(long truePositives, long falsePositives, long falseNegatives, long n) {
        return switch (kind) {
            case ACCURACY -> n == 0 ? Double.NaN : (double) (n - falsePositives - falseNegatives) / n;
            case F1 -> 2 * truePositives + falsePositives + falseNegatives == 0 ? 0
                    : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
            case COST -> n == 0 ? Double.NaN : (missCost * falseNegatives + falseAlarmCost * falsePositives) / n;
        };
    }

    /** Whether {@code a} is a better figure than {@code b}. */
    boolean better(double a, double b) {
        return higherIsBetter() ? a > b : a < b;
    }

    /**
     * The threshold on the positive class's score (positive when the score is at least the threshold) that gives
     * the best figure on these rows: every cut between two distinct scores is tried; among equally good ones the
     * one nearest {@link #DEFAULT_THRESHOLD} is kept, so that no evidence leaves the usual decision alone.
     */
    double bestThreshold(double[] positiveScores, boolean[] isPositive) {
        int n = positiveScores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> positiveScores[i]).reversed());
        long positives = 0;
        for (boolean p : isPositive) {
            positives += p ? 1 : 0;
        }
        // start with nobody flagged: the threshold above the highest score
        double bestThreshold = n == 0 ? DEFAULT_THRESHOLD : Math.max(DEFAULT_THRESHOLD, Math.nextUp(positiveScores[order[0]]));
        double best = value(0, 0, positives, n);
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < n) {
            double score = positiveScores[order[i]];
            while (i < n && positiveScores[order[i]] == score) {
                if (isPositive[order[i]]) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            // everyone scoring at least `score` is flagged; the cut sits halfway to the next lower score
            double cut = i < n ? (score + positiveScores[order[i]]) / 2 : Math.min(score, DEFAULT_THRESHOLD);
            double figure = value(tp, fp, positives - tp, n);
            boolean nearer = Math.abs(cut - DEFAULT_THRESHOLD) < Math.abs(bestThreshold - DEFAULT_THRESHOLD);
            if (better(figure, best) || (figure == best && nearer)) {
                best = figure;
                bestThreshold = cut;
            }
        }
        return bestThreshold;
    }
}

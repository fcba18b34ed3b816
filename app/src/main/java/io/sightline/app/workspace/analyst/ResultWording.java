package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.Evaluation;

/**
 * The one sentence that says how good a model is, next to what guessing would do. Rounds to "out of 10"
 * only when that is honest: each figure within a quarter of a step of the truth and the comparison
 * (better, equal, worse) unchanged; otherwise it says "out of 100".
 */
public final class ResultWording {
    private static final double TENTHS_TOLERANCE = 0.25;
    private static final double EQUAL_WITHIN = 0.005;

    private ResultWording() {
    }

    public static String sentence(Evaluation test, Baseline baseline) {
        if (test.task().isClassification()) {
            return classification(test.metric("accuracy"), baseline.metric("accuracy"));
        }
        double error = test.metric("mae");
        double guessError = baseline.metric("mae");
        if (!Double.isFinite(error)) {
            error = test.metric("rmse");
            guessError = baseline.metric("rmse");
        }
        return regression(error, guessError);
    }

    static String classification(double accuracy, double baselineAccuracy) {
        int outOf = tenthsAreHonest(accuracy, baselineAccuracy) ? 10 : 100;
        return "Right " + times(accuracy, outOf) + " out of " + outOf
                + " — guessing the most common answer would be right " + times(baselineAccuracy, outOf)
                + " out of " + outOf + ".";
    }

    static String regression(double typicalError, double baselineError) {
        return "Typically off by " + Figures.significant(typicalError) + " (guessing the average would be off by "
                + Figures.significant(baselineError) + ").";
    }

    private static boolean tenthsAreHonest(double a, double b) {
        double a10 = a * 10;
        double b10 = b * 10;
        if (Math.abs(a10 - Math.round(a10)) > TENTHS_TOLERANCE || Math.abs(b10 - Math.round(b10)) > TENTHS_TOLERANCE) {
            return false;
        }
        int trueOrder = Math.abs(a - b) < EQUAL_WITHIN ? 0 : (int) Math.signum(a - b);
        return Long.signum(Math.round(a10) - Math.round(b10)) == trueOrder;
    }

    private static String times(double fraction, int outOf) {
        long n = Math.round(fraction * outOf);
        return n == 1 ? "once" : n + " times";
    }
}

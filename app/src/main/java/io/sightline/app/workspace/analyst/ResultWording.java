package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;

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

    /**
     * How often a yes/no model says yes on the test rows, and from what certainty: "It flags 1 case in 4 as
     * 'bad': those it is at least 38% sure of." Empty for other tasks. {@code threshold} is the run's decision
     * threshold as recorded (null when the run has none).
     */
    public static String decision(Evaluation test, String threshold) {
        if (test.task() != Task.BINARY || test.confusion().isEmpty() || test.rows() == 0) {
            return "";
        }
        int positive = test.labels().indexOf(test.positiveLabel());
        long flagged = test.confusion().stream().mapToLong(row -> row.get(positive)).sum();
        String sentence = "It flags " + share((double) flagged / test.rows()) + " as '" + test.positiveLabel() + "'";
        double cut = threshold == null ? Double.NaN : parse(threshold);
        if (cut > 0 && cut < 1) {
            sentence += ": those it is at least " + Math.round(cut * 100) + "% sure of";
        }
        return sentence + ".";
    }

    /** "1 case in 4", "about 1 case in 7", "about 6 cases in 10", "no case", "every case". */
    static String share(double share) {
        if (share == 0) {
            return "no case";
        }
        if (share >= 0.995) {
            return "every case";
        }
        if (share > 0.5) {
            return "about " + Math.round(share * 10) + " cases in 10";
        }
        long in = Math.round(1 / share);
        boolean exact = Math.abs(in * share - 1) < 0.02;
        return (exact ? "" : "about ") + "1 case in " + in;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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

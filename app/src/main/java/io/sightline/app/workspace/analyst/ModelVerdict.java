package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;
import java.util.Locale;

/**
 * The rule behind the traffic light, judged on held-out test rows against what guessing scores there.
 * Classification: green when accuracy beats the baseline by at least 10 points and AUC (when the model gives
 * one) is at least 0.75; red when it beats the baseline by less than 2 points or AUC is below 0.6; yellow
 * otherwise. Regression: green when R² is at least 0.5, red when it is 0.1 or less, yellow otherwise.
 */
public final class ModelVerdict {
    static final double GREEN_GAIN = 0.10;
    static final double GREEN_AUC = 0.75;
    static final double RED_GAIN = 0.02;
    static final double RED_AUC = 0.60;
    static final double GREEN_R2 = 0.5;
    static final double RED_R2 = 0.1;

    public static final String CLASSIFICATION_RULE = "Green: at least 10 points more often right than guessing"
            + " and AUC ≥ 0.75 · Red: under 2 points better than guessing or AUC < 0.6 · Yellow: in between";
    public static final String REGRESSION_RULE = "Green: explains at least half of the variation (R² ≥ 0.5)"
            + " · Red: R² ≤ 0.1 · Yellow: in between";

    /** The verdict and one sentence saying why. */
    public record Judgement(Verdict verdict, String reason) {
    }

    private ModelVerdict() {
    }

    public static String rule(Task task) {
        return task.isClassification() ? CLASSIFICATION_RULE : REGRESSION_RULE;
    }

    public static Judgement judge(Task task, Evaluation test, Baseline baseline) {
        return task.isClassification()
                ? classification(test.metric("accuracy"), baseline.metric("accuracy"), test.metric("auc"))
                : regression(test.metric("r2"));
    }

    static Judgement classification(double accuracy, double baselineAccuracy, double auc) {
        double gain = accuracy - baselineAccuracy;
        String points = points(gain);
        boolean hasAuc = Double.isFinite(auc);
        if (!Double.isFinite(gain) || gain < RED_GAIN) {
            return new Judgement(Verdict.RED, "It is hardly better than guessing the most common answer ("
                    + points + ").");
        }
        if (hasAuc && auc < RED_AUC) {
            return new Judgement(Verdict.RED, "It hardly tells the answers apart (AUC " + twoDecimals(auc) + ").");
        }
        if (gain >= GREEN_GAIN && (!hasAuc || auc >= GREEN_AUC)) {
            return new Judgement(Verdict.GREEN, "It is clearly better than guessing (" + points + ")"
                    + (hasAuc ? " and tells the answers apart well (AUC " + twoDecimals(auc) + ")." : "."));
        }
        if (gain < GREEN_GAIN) {
            return new Judgement(Verdict.YELLOW, "It is better than guessing (" + points
                    + "), but not by a wide margin.");
        }
        return new Judgement(Verdict.YELLOW, "It is better than guessing (" + points
                + "), but it does not tell the answers apart reliably (AUC " + twoDecimals(auc) + ").");
    }

    static Judgement regression(double r2) {
        if (!Double.isFinite(r2) || r2 <= RED_R2) {
            return new Judgement(Verdict.RED, "It explains " + percent(r2)
                    + " of the variation — hardly better than guessing the average.");
        }
        if (r2 >= GREEN_R2) {
            return new Judgement(Verdict.GREEN, "It explains " + percent(r2) + " of the variation.");
        }
        return new Judgement(Verdict.YELLOW, "It explains " + percent(r2)
                + " of the variation — useful as a rough guide.");
    }

    private static String points(double gain) {
        if (!Double.isFinite(gain)) {
            return "no comparison possible";
        }
        long rounded = Math.round(gain * 100);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + Math.abs(rounded)
                + (Math.abs(rounded) == 1 ? " point" : " points");
    }

    private static String percent(double fraction) {
        return Double.isFinite(fraction) ? Math.round(Math.max(0, fraction) * 100) + "%" : "none";
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ENGLISH, "%.2f", value);
    }
}

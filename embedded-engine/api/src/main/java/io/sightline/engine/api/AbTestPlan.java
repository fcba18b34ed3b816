package io.sightline.engine.api;

import java.time.Duration;

/**
 * An A/B test between the policy's two arms (A the first, B the second) on an outcome: the method, the
 * confidence the verdict needs (such as 0.95), the smallest difference worth finding in absolute rate points
 * (such as 0.02), the power to find it (such as 0.8), the success rate expected of A, for planning, and how long
 * after a prediction its outcome is known ({@code outcomeWindow}, such as a dispute window; zero when outcomes
 * come at once). The verdict counts only predictions at least that old: outcomes that come sooner for some
 * answers than for others (a fraud's chargeback before a good order's all-clear) would otherwise weigh the
 * early kind more and could end the test on them.
 */
public record AbTestPlan(OutcomeMetric metric, AbTestMethod method, double confidence,
                         double minimumDetectableEffect, double power, double baselineRate, Duration outcomeWindow) {
    /** The longest an outcome window may be. */
    public static final Duration MAX_OUTCOME_WINDOW = Duration.ofDays(90);

    /** A plan whose outcomes are known as soon as they are reported. */
    public AbTestPlan(OutcomeMetric metric, AbTestMethod method, double confidence, double minimumDetectableEffect,
                      double power, double baselineRate) {
        this(metric, method, confidence, minimumDetectableEffect, power, baselineRate, Duration.ZERO);
    }

    public AbTestPlan {
        if (metric == null || method == null) {
            throw PlatformException.invalid("Choose the outcome the A/B test compares and how it decides.");
        }
        if (!(confidence >= 0.5 && confidence < 1)) {
            throw PlatformException.invalid("The A/B test's confidence is from 0.5 to below 1, such as 0.95.");
        }
        if (!(power >= 0.5 && power < 1)) {
            throw PlatformException.invalid("The A/B test's power is from 0.5 to below 1, such as 0.8.");
        }
        if (!(baselineRate > 0 && baselineRate < 1)) {
            throw PlatformException.invalid("The expected success rate of A is between 0 and 1, such as 0.7.");
        }
        if (!(minimumDetectableEffect > 0 && baselineRate + minimumDetectableEffect < 1)) {
            throw PlatformException.invalid("The smallest difference worth finding is above 0 and keeps A's rate plus"
                    + " it below 1, such as 0.02 for two points.");
        }
        outcomeWindow = outcomeWindow == null ? Duration.ZERO : outcomeWindow;
        if (outcomeWindow.isNegative() || outcomeWindow.compareTo(MAX_OUTCOME_WINDOW) > 0) {
            throw PlatformException.invalid("The time until an outcome is known is from none to 90 days, such as"
                    + " 30 days for chargebacks.");
        }
    }
}

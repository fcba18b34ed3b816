package io.sightline.engine.api;

/**
 * An A/B test between the policy's two arms (A the first, B the second) on an outcome: the method, the
 * confidence the verdict needs (such as 0.95), the smallest difference worth finding in absolute rate points
 * (such as 0.02), the power to find it (such as 0.8), and the success rate expected of A, for planning.
 */
public record AbTestPlan(OutcomeMetric metric, AbTestMethod method, double confidence,
                         double minimumDetectableEffect, double power, double baselineRate) {
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
    }
}

package io.sightline.engine.serve.release;

import io.sightline.engine.api.AbTestPlan;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two-sided two-proportion z-test, read once at a size fixed in advance: its sample size, p-value and
 * Wald interval.
 */
final class FixedSampleTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private FixedSampleTest() {
    }

    /**
     * Outcomes per arm, with unpooled variances (each arm's own rate: the baseline for A, the baseline plus the
     * smallest difference for B), as in Chow, Shao and Wang, "Sample Size Calculations in Clinical Research",
     * section 4.2: {@code n = (z[1-α/2] + z[power])² (p₁q₁ + p₂q₂) / δ²}, rounded up. Baseline 0.1, δ 0.02,
     * α 0.05 and power 0.8 give 3,839 ({@code tools/release/make_expected.py} reproduces it with SciPy).
     */
    static long outcomesPerArm(AbTestPlan plan) {
        double z = criticalValue(plan.confidence()) + STANDARD_NORMAL.inverseCumulativeProbability(plan.power());
        double effect = plan.minimumDetectableEffect();
        return (long) Math.ceil(z * z * unitVariance(plan) / (effect * effect));
    }

    /** The variance of the difference for one outcome per arm at the planned rates. */
    static double unitVariance(AbTestPlan plan) {
        double a = plan.baselineRate();
        double b = a + plan.minimumDetectableEffect();
        return a * (1 - a) + b * (1 - b);
    }

    /**
     * The two-sided p-value, with the pooled variance (the one the null hypothesis of equal rates implies); 1
     * when every outcome of both arms is the same, which gives no evidence of a difference.
     */
    static double pValue(TwoArmCounts counts) {
        double variance = counts.pooledVariance();
        return variance == 0 ? 1 : 2 * STANDARD_NORMAL.survivalProbability(Math.abs(counts.difference())
                / Math.sqrt(variance));
    }

    /** Half the width of the Wald interval (unpooled variance) at the confidence. */
    static double halfWidth(TwoArmCounts counts, double confidence) {
        return criticalValue(confidence) * Math.sqrt(counts.unpooledVariance());
    }

    private static double criticalValue(double confidence) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
    }
}

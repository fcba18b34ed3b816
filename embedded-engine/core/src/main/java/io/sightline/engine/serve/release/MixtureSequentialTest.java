package io.sightline.engine.serve.release;

import io.sightline.engine.api.AbTestPlan;
import java.util.function.LongPredicate;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The mixture sequential probability ratio test (mSPRT) for the difference of two rates, in the normal
 * approximation of Johari, Koomen, Pekelis and Walsh, "Peeking at A/B tests" (KDD 2017): the estimate of the
 * difference is taken as normal with variance {@code s²}, and the alternative as a normal mixture around 0 of
 * variance {@code τ²}. The likelihood ratio against "no difference" is then
 * {@code Λ = sqrt(s² / (s² + τ²)) · exp(τ² d² / (2 s² (s² + τ²)))}; by Ville's inequality the chance that it
 * ever reaches {@code 1/α} under no difference is at most {@code α}, however often it is looked at. τ is the
 * plan's smallest difference worth finding: the mixture then puts its weight on differences of that size.
 */
final class MixtureSequentialTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private MixtureSequentialTest() {
    }

    /** {@code min(1, 1/Λ)} for an observed difference whose estimate has variance {@code variance}. */
    static double pValue(double difference, double variance, double tau) {
        double tau2 = tau * tau;
        double logRatio = 0.5 * Math.log(variance / (variance + tau2))
                + tau2 * difference * difference / (2 * variance * (variance + tau2));
        return Math.min(1, Math.exp(-logRatio));
    }

    /**
     * Half the width of the confidence sequence: the differences {@code θ} for which {@code Λ(θ) < 1/α}, the ones
     * the test cannot yet reject, lie within this of the estimate.
     */
    static double halfWidth(double variance, double tau, double alpha) {
        double tau2 = tau * tau;
        return Math.sqrt(2 * variance * (variance + tau2) / tau2
                * (Math.log(1 / alpha) + 0.5 * Math.log((variance + tau2) / variance)));
    }

    /**
     * The least outcomes per arm at which one look alone finds a true difference of the plan's smallest one
     * with the plan's power: where the confidence sequence's half-width plus {@code z[power]} standard errors
     * shrinks to that difference. The test is looked at all along and may stop at any earlier look, so by this
     * size its power is at least the planned one; it is about twice the fixed-sample size.
     */
    static long outcomesPerArm(AbTestPlan plan) {
        double alpha = 1 - plan.confidence();
        double tau = plan.minimumDetectableEffect();
        double unitVariance = FixedSampleTest.unitVariance(plan);
        double zPower = STANDARD_NORMAL.inverseCumulativeProbability(plan.power());
        // the gap shrinks as n grows; find the first n where it closes by doubling, then halving
        LongPredicate enough = n -> {
            double variance = unitVariance / n;
            return halfWidth(variance, tau, alpha) + zPower * Math.sqrt(variance) <= plan.minimumDetectableEffect();
        };
        long high = 1;
        while (!enough.test(high)) {
            high *= 2;
        }
        long low = high / 2;
        while (high - low > 1) {
            long middle = (low + high) >>> 1;
            if (enough.test(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }
}

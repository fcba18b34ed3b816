package io.sightline.engine.serve.release;

import static io.sightline.engine.serve.release.PlainNumbers.count;
import static io.sightline.engine.serve.release.PlainNumbers.limitPercent;
import static io.sightline.engine.serve.release.PlainNumbers.percent;
import static io.sightline.engine.serve.release.PlainNumbers.signedPoints;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.AbTestVerdict.Outcome;

/**
 * A/B tests on a success rate: how many outcomes a plan needs, and where a test stands given the successes and
 * outcomes of arm A (the first) and arm B. The difference is always B's rate minus A's.
 */
public final class AbTests {
    private AbTests() {
    }

    /**
     * Outcomes per arm (and in all, twice that) the plan needs.
     * <p>
     * {@link AbTestMethod#FIXED_SAMPLE}: the size of a two-sided two-proportion z-test at the plan's confidence to
     * find the smallest difference (absolute, above the baseline rate) with the plan's power, using unpooled
     * variances; baseline 0.1, difference 0.02, confidence 0.95 and power 0.8 need 3,839 per arm.
     * <p>
     * {@link AbTestMethod#SEQUENTIAL}: the size by which the mixture sequential test, looked at all along, has
     * found a true difference of the smallest size with at least the planned power — about twice the fixed
     * size, the price of being allowed to look at any time. The test usually stops much earlier when the true
     * difference is larger than the smallest one; at the smallest one it often stops earlier too.
     */
    public static AbTestDesign design(AbTestPlan plan) {
        long perArm = plan.method() == AbTestMethod.SEQUENTIAL
                ? MixtureSequentialTest.outcomesPerArm(plan)
                : FixedSampleTest.outcomesPerArm(plan);
        return new AbTestDesign(plan, perArm, 2 * perArm);
    }

    /**
     * Where the test stands on these counts.
     * <p>
     * {@link AbTestMethod#FIXED_SAMPLE}: a two-proportion z-test (two-sided p-value with the pooled variance,
     * Wald interval at the confidence); no verdict until both arms have the planned outcomes, since reading it
     * earlier and stopping on a low p-value would find differences that are not there.
     * <p>
     * {@link AbTestMethod#SEQUENTIAL}: the mixture sequential test, whose p-value and interval are valid whenever
     * they are read. The always-valid p-value is the lowest of these p-values over the looks so far (and the
     * interval the intersection of the intervals): the guarantee of at most {@code 1 − confidence} false verdicts
     * holds for the first look that gives a verdict, so a caller looking repeatedly should stop the test there and
     * keep that verdict rather than read on.
     * <p>
     * Without an outcome in either arm the rates are NaN and the verdict is {@link Outcome#NO_DIFFERENCE_YET}.
     */
    public static AbTestVerdict verdict(AbTestPlan plan, long successesA, long outcomesA, long successesB,
                                        long outcomesB) {
        TwoArmCounts counts = new TwoArmCounts(successesA, outcomesA, successesB, outcomesB);
        long planned = design(plan).outcomesPerArm();
        if (!counts.bothHaveOutcomes()) {
            return new AbTestVerdict(Outcome.NO_DIFFERENCE_YET, counts.rateA(), counts.rateB(), Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, outcomesA, outcomesB, planned, "Outcomes awaited: " + count(outcomesA)
                    + " for A and " + count(outcomesB) + " for B of " + count(planned) + " planned per arm.");
        }
        double alpha = 1 - plan.confidence();
        double difference = counts.difference();
        boolean sequential = plan.method() == AbTestMethod.SEQUENTIAL;
        double pValue;
        double halfWidth;
        if (sequential) {
            double variance = counts.shrunkVariance();
            pValue = MixtureSequentialTest.pValue(difference, variance, plan.minimumDetectableEffect());
            halfWidth = MixtureSequentialTest.halfWidth(variance, plan.minimumDetectableEffect(), alpha);
        } else {
            pValue = FixedSampleTest.pValue(counts);
            halfWidth = FixedSampleTest.halfWidth(counts, plan.confidence());
        }
        boolean planReached = counts.fewerOutcomes() >= planned;
        Outcome outcome = (sequential || planReached) && pValue < alpha
                ? (difference > 0 ? Outcome.B_IS_BETTER : Outcome.A_IS_BETTER)
                : Outcome.NO_DIFFERENCE_YET;
        // a difference of two rates lies within ±1 (±100 points): early, wide intervals say no more than that
        double lower = Math.max(-1, difference - halfWidth);
        double upper = Math.min(1, difference + halfWidth);
        String words = switch (outcome) {
            case B_IS_BETTER -> "B is better: " + rates(plan, "", counts.rateB(), "", counts.rateA())
                    + interval(plan, difference, lower, upper) + " " + outcomes(counts) + ".";
            case A_IS_BETTER -> "A is better: " + rates(plan, "", counts.rateA(), "", counts.rateB())
                    + interval(plan, -difference, -upper, -lower) + " " + outcomes(counts) + ".";
            case NO_DIFFERENCE_YET -> planReached
                    ? (sequential ? "No difference yet: " : "No difference found: ")
                    + rates(plan, "B ", counts.rateB(), "A ", counts.rateA())
                    + interval(plan, difference, lower, upper) + " " + outcomes(counts) + " of " + count(planned)
                    + " planned: a difference, if any, is likely below "
                    + PlainNumbers.plain(plan.minimumDetectableEffect() * 100) + " points."
                    : "No difference yet: " + count(counts.fewerOutcomes()) + " of " + count(planned)
                    + " planned outcomes per arm.";
        };
        return new AbTestVerdict(outcome, counts.rateA(), counts.rateB(), difference, lower, upper, pValue,
                outcomesA, outcomesB, planned, words);
    }

    /** "74.1 % against 70.3 % of predictions correct ", each rate after its label ("B ") if any. */
    private static String rates(AbTestPlan plan, String firstLabel, double first, String secondLabel, double second) {
        String ofWhat = switch (plan.metric()) {
            case CORRECT -> "of predictions correct";
            case POSITIVE_OUTCOME -> "of outcomes positive";
        };
        return firstLabel + percent(first) + " against " + secondLabel + percent(second) + " " + ofWhat + " ";
    }

    /** "(difference +3.8 points, 95 % confidence from +1.2 to +6.4)." */
    private static String interval(AbTestPlan plan, double difference, double lower, double upper) {
        return "(difference " + signedPoints(difference) + " points, " + limitPercent(plan.confidence())
                + " confidence from " + signedPoints(lower) + " to " + signedPoints(upper) + ").";
    }

    private static String outcomes(TwoArmCounts counts) {
        return counts.outcomesA() == counts.outcomesB()
                ? count(counts.outcomesA()) + " outcomes per arm"
                : count(counts.outcomesA()) + " outcomes for A and " + count(counts.outcomesB()) + " for B";
    }
}

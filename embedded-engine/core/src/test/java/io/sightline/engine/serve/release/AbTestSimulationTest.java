package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict.Outcome;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The A/B tests' error rates on simulated experiments with a planted truth (fixed seeds): false verdicts when
 * both arms are alike, found differences when B is better by the smallest difference planned. The measured
 * rates are printed.
 */
class AbTestSimulationTest {
    private static final int EXPERIMENTS = 3_000;
    private static final int LOOK_EVERY = 100;
    private static final double BASELINE = 0.7;

    @Test
    void fixedSampleFindsFalseDifferencesAtTheChosenRate() {
        AbTestPlan plan = AbTestsTest.plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.03, 0.8, BASELINE);

        double falsePositives = shareWithVerdict(plan, BASELINE, BASELINE, 1);

        System.out.printf("fixed-sample false-positive rate: %.4f (alpha 0.05)%n", falsePositives);
        assertThat(falsePositives).isBetween(0.035, 0.065);
    }

    @Test
    void fixedSampleHasThePlannedPowerAtTheSmallestDifference() {
        AbTestPlan plan = AbTestsTest.plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.03, 0.8, BASELINE);

        double power = shareWithVerdict(plan, BASELINE, BASELINE + 0.03, 2);

        System.out.printf("fixed-sample power: %.4f (planned 0.8)%n", power);
        assertThat(power).isBetween(0.75, 0.85);
    }

    @Test
    void sequentialLookedAtEveryHundredOutcomesKeepsItsFalsePositiveRate() {
        AbTestPlan plan = AbTestsTest.plan(AbTestMethod.SEQUENTIAL, 0.95, 0.03, 0.8, BASELINE);

        double falsePositives = shareWithVerdict(plan, BASELINE, BASELINE, 3);

        System.out.printf("sequential false-positive rate, looking every %d outcomes: %.4f (alpha 0.05)%n",
                LOOK_EVERY, falsePositives);
        assertThat(falsePositives).isLessThanOrEqualTo(0.06);
    }

    @Test
    void sequentialLookedAtEveryHundredOutcomesHasAtLeastThePlannedPowerByItsSize() {
        AbTestPlan plan = AbTestsTest.plan(AbTestMethod.SEQUENTIAL, 0.95, 0.03, 0.8, BASELINE);

        double power = shareWithVerdict(plan, BASELINE, BASELINE + 0.03, 4);

        System.out.printf("sequential power by its planned size, looking every %d outcomes: %.4f (planned 0.8)%n",
                LOOK_EVERY, power);
        assertThat(power).isGreaterThanOrEqualTo(0.77);
    }

    /**
     * The share of experiments that end with a verdict for B (or, when the rates are alike, for either arm): a
     * fixed-sample test read once at its planned size, a sequential one at every {@link #LOOK_EVERY} outcomes
     * per arm up to its planned size, stopping at its first verdict.
     */
    private static double shareWithVerdict(AbTestPlan plan, double rateA, double rateB, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long planned = AbTests.design(plan).outcomesPerArm();
        boolean sequential = plan.method() == AbTestMethod.SEQUENTIAL;
        int found = 0;
        for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
            long successesA = 0;
            long successesB = 0;
            long outcomes = 0;
            Outcome outcome = Outcome.NO_DIFFERENCE_YET;
            while (outcomes < planned && outcome == Outcome.NO_DIFFERENCE_YET) {
                long step = sequential ? Math.min(LOOK_EVERY, planned - outcomes) : planned;
                successesA += successes(random, step, rateA);
                successesB += successes(random, step, rateB);
                outcomes += step;
                outcome = AbTests.verdict(plan, successesA, outcomes, successesB, outcomes).outcome();
            }
            if (rateA == rateB ? outcome != Outcome.NO_DIFFERENCE_YET : outcome == Outcome.B_IS_BETTER) {
                found++;
            }
        }
        return (double) found / EXPERIMENTS;
    }

    private static long successes(SplittableRandom random, long trials, double rate) {
        long successes = 0;
        for (long trial = 0; trial < trials; trial++) {
            if (random.nextDouble() < rate) {
                successes++;
            }
        }
        return successes;
    }
}

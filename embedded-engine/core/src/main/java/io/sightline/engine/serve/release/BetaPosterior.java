package io.sightline.engine.serve.release;

import io.sightline.engine.api.BanditPlan;

/** What is believed about an arm's success rate: a Beta distribution, updated by counting successes and failures. */
public record BetaPosterior(double alpha, double beta) {
    public BetaPosterior {
        if (!(alpha > 0 && beta > 0)) {
            throw new IllegalArgumentException("A Beta posterior needs two positive numbers (got " + alpha + " and "
                    + beta + ").");
        }
    }

    /** The bandit plan's prior, before any outcome. */
    public static BetaPosterior prior(BanditPlan plan) {
        return new BetaPosterior(plan.priorAlpha(), plan.priorBeta());
    }

    /** This belief after {@code successes} more successes and {@code failures} more failures. */
    public BetaPosterior update(double successes, double failures) {
        return new BetaPosterior(alpha + successes, beta + failures);
    }

    /** The expected success rate. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /** {alpha, beta}, as {@link ThompsonSampler#shares} takes it. */
    public double[] toArray() {
        return new double[] {alpha, beta};
    }
}

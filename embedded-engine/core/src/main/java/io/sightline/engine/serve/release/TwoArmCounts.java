package io.sightline.engine.serve.release;

/** The successes among the outcomes of arms A and B, checked once, and the rates read from them. */
record TwoArmCounts(long successesA, long outcomesA, long successesB, long outcomesB) {
    TwoArmCounts {
        check("A", successesA, outcomesA);
        check("B", successesB, outcomesB);
    }

    boolean bothHaveOutcomes() {
        return outcomesA > 0 && outcomesB > 0;
    }

    /** The fewer outcomes of the two arms: the one a per-arm plan waits for. */
    long fewerOutcomes() {
        return Math.min(outcomesA, outcomesB);
    }

    /** A's success rate, NaN without outcomes. */
    double rateA() {
        return outcomesA == 0 ? Double.NaN : (double) successesA / outcomesA;
    }

    /** B's success rate, NaN without outcomes. */
    double rateB() {
        return outcomesB == 0 ? Double.NaN : (double) successesB / outcomesB;
    }

    /** B's rate minus A's. */
    double difference() {
        return rateB() - rateA();
    }

    /** The variance of the difference from each arm's own rate (unpooled), as the Wald interval takes it. */
    double unpooledVariance() {
        return variance(rateA(), outcomesA) + variance(rateB(), outcomesB);
    }

    /**
     * The variance of the difference from rates shrunk by half a success and half a failure, so that it is never
     * 0 (a few outcomes all successes would otherwise claim certainty) and is conservative while counts are small.
     */
    double shrunkVariance() {
        return variance((successesA + 0.5) / (outcomesA + 1), outcomesA)
                + variance((successesB + 0.5) / (outcomesB + 1), outcomesB);
    }

    /** The variance of the difference if both arms had the same rate, the pooled one (the null hypothesis). */
    double pooledVariance() {
        double pooled = (double) (successesA + successesB) / (outcomesA + outcomesB);
        return pooled * (1 - pooled) * (1.0 / outcomesA + 1.0 / outcomesB);
    }

    private static double variance(double rate, long outcomes) {
        return rate * (1 - rate) / outcomes;
    }

    private static void check(String arm, long successes, long outcomes) {
        if (outcomes < 0 || successes < 0 || successes > outcomes) {
            throw new IllegalArgumentException("Arm " + arm + " has " + successes + " successes among " + outcomes
                    + " outcomes: successes run from 0 to the number of outcomes.");
        }
    }
}

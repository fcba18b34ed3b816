package io.sightline.engine.api;

/**
 * Where an A/B test stands: B's success rate minus A's with its confidence interval at the plan's confidence,
 * the p-value (always valid for the sequential method), outcomes so far per arm against the plan, the verdict,
 * and the verdict in plain words.
 */
public record AbTestVerdict(Outcome outcome, double rateA, double rateB, double difference, double lower,
                            double upper, double pValue, long outcomesA, long outcomesB, long plannedPerArm,
                            String words) {

    /** The three answers an A/B test can give. */
    public enum Outcome {
        B_IS_BETTER,
        NO_DIFFERENCE_YET,
        A_IS_BETTER
    }
}

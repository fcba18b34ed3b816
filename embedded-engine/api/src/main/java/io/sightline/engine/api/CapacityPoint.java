package io.sightline.engine.api;

/**
 * One step of a load test as measured: the rate offered, the throughput achieved (answered requests per second
 * of the step), how many requests were offered and how many were errors (failed, or not sent because the
 * deployment could not keep up), and latency quantiles in milliseconds of the requests sent, from the moment each
 * was due to be sent (so a queue building up shows as latency, not as a slower sender).
 */
public record CapacityPoint(int offeredPerSecond, double achievedPerSecond, long requests, long errors,
                           double p50Millis, double p95Millis, double p99Millis) {

    /** The share of this step's requests that failed. */
    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }

    /** Whether this step kept the plan's objective: its latency percentile and its error rate within bounds. */
    public boolean meets(CapacityPlan plan) {
        return plan.percentile().of(this) <= plan.sloMillis() && errorRate() <= plan.maxErrorRate();
    }
}

package io.sightline.engine.api;

/**
 * One step of a load test as measured: the rate offered, the throughput achieved (answered requests per second
 * of the step), how many requests were sent and how many failed, and latency quantiles in milliseconds from the
 * moment each request was due to be sent (so a queue building up shows as latency, not as a slower sender).
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

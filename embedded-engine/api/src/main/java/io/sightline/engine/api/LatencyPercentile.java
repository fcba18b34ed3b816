package io.sightline.engine.api;

/** Which latency a capacity objective is on. */
public enum LatencyPercentile {
    P50, P95, P99;

    /** This percentile's latency in a measured step. */
    public double of(CapacityPoint point) {
        return switch (this) {
            case P50 -> point.p50Millis();
            case P95 -> point.p95Millis();
            case P99 -> point.p99Millis();
        };
    }
}

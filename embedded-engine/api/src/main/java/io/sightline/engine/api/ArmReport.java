package io.sightline.engine.api;

/**
 * How one arm did over a window, from the prediction log: requests it answered (for a shadow arm, the mirrored
 * ones it scored), its planned and observed share, errors, latency, outcomes reported and the success rate among
 * them by the policy's outcome metric (NaN until there are outcomes).
 */
public record ArmReport(String arm, int version, double plannedShare, long requests, double observedShare,
                        long errors, double p50Millis, double p95Millis, long outcomes, long successes,
                        double successRate) {
}

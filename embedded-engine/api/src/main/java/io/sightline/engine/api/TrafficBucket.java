package io.sightline.engine.api;

import java.time.Instant;
import java.util.Map;

/**
 * What a deployment served in one time bucket: predictions, failed requests, latency quantiles in
 * milliseconds (NaN when nothing was served), predicted labels and decisions.
 */
public record TrafficBucket(
        Instant start,
        long predictions,
        long errors,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        Map<String, Long> labels,
        Map<Decision, Long> decisions) {

    public TrafficBucket {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
    }
}

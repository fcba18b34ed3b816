package io.sightline.engine.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A deployment's traffic over {@code [from, to)}: buckets of {@code resolution}, and totals over the whole
 * window — throughput, error rate, latency quantiles (ms), predicted labels, decisions and the distribution
 * of scores (the positive class's probability for binary models, the value for regression).
 */
public record TrafficReport(
        String deployment,
        Instant from,
        Instant to,
        Duration resolution,
        List<TrafficBucket> buckets,
        long predictions,
        long errors,
        double perSecond,
        double errorRate,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        Map<String, Long> labels,
        Map<Decision, Long> decisions,
        Histogram scores) {

    public TrafficReport {
        buckets = List.copyOf(buckets);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
    }
}

package io.sightline.engine.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a deployment did on predictions made in {@code [from, to)} whose outcomes are known. "Flagged" means
 * predicted as {@code positiveLabel} or not allowed by a strategy. Money: {@code valueCaught} is the value of
 * positive outcomes that were flagged, {@code valueMissed} of those that were not, {@code valueFalselyFlagged}
 * of negative outcomes that were flagged. Metrics are null when there are too few labels to compute them.
 */
public record PerformanceReport(
        String deployment,
        Instant from,
        Instant to,
        String positiveLabel,
        long predictions,
        long labelled,
        long truePositives,
        long falsePositives,
        long trueNegatives,
        long falseNegatives,
        Double precision,
        Double recall,
        Double auc,
        double valueCaught,
        double valueMissed,
        double valueFalselyFlagged,
        Duration resolution,
        List<PerformancePoint> series) {

    public PerformanceReport {
        series = List.copyOf(series);
    }
}

package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * Drift of a deployment's recent inputs and predictions ({@code [from, to)}) against its reference (the
 * training data of the version served, by default). The dataset drifts when the share of drifting columns
 * reaches {@code driftShareThreshold}.
 */
public record DriftReport(
        String deployment,
        ModelRef model,
        Instant from,
        Instant to,
        long referenceRows,
        long currentRows,
        List<FeatureDrift> features,
        double driftShare,
        double driftShareThreshold,
        boolean datasetDrift) {

    public DriftReport {
        features = List.copyOf(features);
    }
}

package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.PlatformException;

/**
 * How drift is judged, by default as Evidently does: a reference of at most {@code smallReferenceRows} values
 * is tested with p-values (Kolmogorov-Smirnov for numbers, chi-square for categories) that drift below
 * {@code pValueThreshold}; a larger one with distances (normalised Wasserstein, Jensen-Shannon) that drift at or
 * above {@code distanceThreshold}. The dataset drifts when at least {@code driftShare} of its columns do.
 */
public record DriftSettings(double driftShare, double pValueThreshold, double distanceThreshold,
                            int smallReferenceRows) {

    public DriftSettings {
        if (!(driftShare > 0 && driftShare <= 1)) {
            throw PlatformException.invalid("The share of drifting columns that makes a dataset drift is a number"
                    + " above 0 and at most 1 (got " + driftShare + ").");
        }
        if (!(pValueThreshold > 0 && pValueThreshold < 1) || !(distanceThreshold > 0)) {
            throw PlatformException.invalid("Drift thresholds are positive, and a p-value threshold is below 1 (got "
                    + pValueThreshold + " and " + distanceThreshold + ").");
        }
    }

    /** Evidently's defaults: half the columns, p < 0.05, distance ≥ 0.1, small references up to 1000 values. */
    public static DriftSettings defaults() {
        return new DriftSettings(0.5, 0.05, 0.1, 1000);
    }

    public DriftSettings withDriftShare(double share) {
        return new DriftSettings(share, pValueThreshold, distanceThreshold, smallReferenceRows);
    }
}

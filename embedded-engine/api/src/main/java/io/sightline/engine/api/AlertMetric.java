package io.sightline.engine.api;

/** What an alert rule watches on a deployment over its window. */
public enum AlertMetric {
    /** Predictions per second. */
    THROUGHPUT,
    /** Failed requests as a fraction of all requests. */
    ERROR_RATE,
    /** 99th percentile latency in milliseconds. */
    LATENCY_P99_MS,
    /** From outcomes reported so far. */
    PRECISION,
    RECALL,
    AUC,
    /** Money of positive outcomes that were not flagged. */
    VALUE_MISSED,
    /**
     * The drift distance of one column (the rule names it): normalised Wasserstein for numeric columns,
     * Jensen–Shannon for categorical ones; higher means more drift, 0.1 is the usual threshold.
     */
    FEATURE_DRIFT,
    /** Share of columns that drift. */
    DATASET_DRIFT_SHARE,
    /** The drift distance of the predictions, measured like {@link #FEATURE_DRIFT}. */
    PREDICTION_DRIFT
}

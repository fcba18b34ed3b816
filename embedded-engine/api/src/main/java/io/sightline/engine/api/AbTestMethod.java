package io.sightline.engine.api;

/** How an A/B test decides. */
public enum AbTestMethod {
    /** A two-proportion z-test, read once the planned sample size is reached (no peeking before). */
    FIXED_SAMPLE,
    /** A mixture sequential probability ratio test: always valid, so the verdict may be read at any time. */
    SEQUENTIAL
}

package io.sightline.engine.api;

/** When an edge of a flow is followed: whatever its step's outcome, only when it passed, or only when it failed. */
public enum EdgeCondition {
    ALWAYS,
    ON_PASS,
    ON_FAIL
}

package io.sightline.engine.api;

/** Traffic-light health. */
public enum HealthStatus {
    GREEN,
    YELLOW,
    RED
}

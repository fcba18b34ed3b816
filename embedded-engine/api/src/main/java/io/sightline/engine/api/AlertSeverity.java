package io.sightline.engine.api;

/** How urgent a fired alert is. */
public enum AlertSeverity {
    INFO,
    WARNING,
    CRITICAL
}

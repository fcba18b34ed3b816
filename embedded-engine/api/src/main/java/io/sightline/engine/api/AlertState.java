package io.sightline.engine.api;

/** An alert fires, may be acknowledged by someone, and is resolved (by someone, or when the metric recovers). */
public enum AlertState {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED
}

package io.sightline.engine.api;

/** The state of a recorded run. */
public enum RunStatus {
    RUNNING,
    /** Logged through the MLflow API as waiting to start. */
    SCHEDULED,
    FINISHED,
    FAILED,
    KILLED
}

package io.sightline.engine.api;

/** The state of a recorded run. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    FAILED,
    KILLED
}

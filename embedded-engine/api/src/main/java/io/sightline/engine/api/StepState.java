package io.sightline.engine.api;

/** Where one step of a flow is. */
public enum StepState {
    PENDING,
    RUNNING,
    WAITING_FOR_APPROVAL,
    PASSED,
    FAILED,
    /** Not run: no edge leading to it was followed, or the flow ended before it. */
    SKIPPED;

    public boolean settled() {
        return this == PASSED || this == FAILED || this == SKIPPED;
    }
}

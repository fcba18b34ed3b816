package io.sightline.engine.api;

/**
 * Where a flow is. It {@link #FAILED} when any step failed, even if a failure branch such as a rollback then
 * ran; its message says why.
 */
public enum FlowState {
    RUNNING,
    WAITING_FOR_APPROVAL,
    PAUSED,
    SUCCEEDED,
    FAILED,
    ABORTED;

    public boolean ended() {
        return this == SUCCEEDED || this == FAILED || this == ABORTED;
    }
}

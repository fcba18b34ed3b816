package io.sightline.engine.api;

/** Whether a deployment answers predictions. */
public enum DeploymentState {
    LIVE,
    STOPPED
}

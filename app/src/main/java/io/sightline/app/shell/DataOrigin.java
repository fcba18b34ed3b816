package io.sightline.app.shell;

/**
 * Where the data a workspace shows comes from: the user's own platform, or the demo's simulated marketplace.
 * Workspaces given {@link #SIMULATED} label every figure "Simulated".
 */
public enum DataOrigin {
    OWN,
    SIMULATED;

    public boolean simulated() {
        return this == SIMULATED;
    }
}

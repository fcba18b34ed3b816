package io.sightline.simulator;

/** Where a simulator is in its life: getting the platform ready, live, or done. */
public enum SimulatorPhase {
    NOT_STARTED,
    GENERATING_HISTORY,
    IMPORTING_HISTORY,
    TRAINING,
    DEPLOYING,
    INSTALLING_ALERT_RULES,
    LIVE,
    FAILED,
    STOPPED;

    /** Before the world goes live: the platform is being prepared. */
    public boolean preparing() {
        return ordinal() > NOT_STARTED.ordinal() && ordinal() < LIVE.ordinal();
    }
}

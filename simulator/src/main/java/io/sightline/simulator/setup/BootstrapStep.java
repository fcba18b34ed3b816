package io.sightline.simulator.setup;

/** The steps of getting a platform ready, in order. */
public enum BootstrapStep {
    GENERATING_HISTORY,
    IMPORTING_HISTORY,
    TRAINING,
    DEPLOYING,
    INSTALLING_ALERT_RULES
}

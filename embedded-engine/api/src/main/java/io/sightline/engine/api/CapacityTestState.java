package io.sightline.engine.api;

/** Where a load test is: offering load, done with every step, stopped early (by a person or the engine closing), or failed. */
public enum CapacityTestState {
    RUNNING, FINISHED, STOPPED, FAILED;

    public boolean ended() {
        return this != RUNNING;
    }
}

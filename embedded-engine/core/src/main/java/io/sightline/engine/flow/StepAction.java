package io.sightline.engine.flow;

/**
 * What a step of a flow does, named in definitions by {@link #name()}. A step left running when its engine
 * stopped is run again, so an action is idempotent or first checks what it already did (the step's earlier
 * outputs are in {@link StepInput#previous()}).
 */
public interface StepAction {

    /** The name definitions use, such as {@code metric-gate}. */
    String name();

    StepResult run(StepInput input);
}

package io.sightline.engine.api;

/**
 * What a flow step does. Any step with several incoming edges runs once they are all settled and at least one
 * was followed; a {@link #JOIN} is stricter and runs only when every one of them was followed (parallel branches
 * that all passed).
 */
public enum StepKind {
    /** Does something, such as setting a stage or a traffic policy. */
    ACTION,
    /** Judges measured values against thresholds; passes or fails. */
    GATE,
    /** Waits for a person other than the flow's starter to approve or reject. */
    APPROVAL,
    /** Checks something again and again until it is decided, such as a canary running its course. */
    WAIT,
    /** Where parallel branches meet: runs when every branch leading here passed. */
    JOIN
}

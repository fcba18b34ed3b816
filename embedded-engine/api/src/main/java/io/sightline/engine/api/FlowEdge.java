package io.sightline.engine.api;

/** An edge of a flow: after {@code from} settles, {@code to} is reached when the condition holds. */
public record FlowEdge(String from, String to, EdgeCondition when) {
    public FlowEdge {
        if (from == null || to == null) {
            throw PlatformException.invalid("An edge of a flow goes from one step to another: give both.");
        }
        when = when == null ? EdgeCondition.ALWAYS : when;
    }

    /** Whether the edge is followed once its source settled as {@code sourceState}. */
    public boolean followedAfter(StepState sourceState) {
        return switch (when) {
            case ALWAYS -> sourceState == StepState.PASSED || sourceState == StepState.FAILED;
            case ON_PASS -> sourceState == StepState.PASSED;
            case ON_FAIL -> sourceState == StepState.FAILED;
        };
    }
}

package io.sightline.simulator.release;

import io.sightline.engine.api.FlowState;

/**
 * The challenger flow at one moment: a sentence on what happens now, the challenger's version (0 until it is
 * trained), the flow's id and state once it has started (empty and null before), and whether the demo gave up
 * following it (it could not train, start or approve; the sentence says why).
 */
public record ChallengerFlowProgress(String words, int challenger, String flowId, FlowState state, boolean gaveUp) {
    public static final ChallengerFlowProgress NOT_STARTED = new ChallengerFlowProgress("Not started", 0, "", null,
            false);

    /** Whether the flow has ended, or the demo gave up following it. */
    public boolean over() {
        return gaveUp || state != null && state.ended();
    }
}

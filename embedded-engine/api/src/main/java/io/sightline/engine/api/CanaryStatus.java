package io.sightline.engine.api;

import java.time.Instant;

/**
 * Where a canary stands: its step (1-based) of the plan's steps and its share now, when the step began and when
 * it may advance, the guard's state, and what happens next in plain words.
 */
public record CanaryStatus(int step, int steps, double share, Instant stepStartedAt, Instant mayAdvanceAt,
                           GuardState guard, String words) {

    /** Whether the canary's guard holds. */
    public enum GuardState {
        /** Not enough requests in this step to judge yet. */
        WAITING_FOR_TRAFFIC,
        HOLDING,
        /** The guard broke: the traffic went back to the stable version. */
        BREACHED
    }
}

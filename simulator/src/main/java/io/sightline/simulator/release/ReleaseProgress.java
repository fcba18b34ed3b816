package io.sightline.simulator.release;

import java.util.List;

/**
 * A challenger release at one moment: its phase, a sentence on what happens now, the deployed version
 * (the champion) and the challenger's (0 until it is trained), and what each finished phase decided.
 */
public record ReleaseProgress(ReleasePhase phase, String words, int champion, int challenger,
                              List<ReleaseDecision> decisions) {
    public static final ReleaseProgress NOT_STARTED = new ReleaseProgress(ReleasePhase.TRAINING_CHALLENGER,
            "Not started", 0, 0, List.of());

    public ReleaseProgress {
        decisions = List.copyOf(decisions);
    }
}

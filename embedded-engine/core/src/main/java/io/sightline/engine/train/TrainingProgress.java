package io.sightline.engine.train;

import io.sightline.engine.api.CandidateResult;

/**
 * Where an AutoML search is: its phase ("preparing", "cross-validating", "refitting", "evaluating"), the
 * candidate (1-based, of {@code candidates}) and fold (1-based, of {@code folds}) being worked on, the overall
 * {@code fraction} done (0..1, never decreasing), a sentence for people, and the candidate that has just
 * finished, if this event reports one (else null).
 */
public record TrainingProgress(
        String phase,
        int candidate,
        int candidates,
        String candidateName,
        int fold,
        int folds,
        long elapsedMillis,
        double fraction,
        String message,
        CandidateResult finishedCandidate) {
}

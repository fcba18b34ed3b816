package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.PlatformEvent.TrainingFinished;
import io.sightline.engine.api.PlatformEvent.TrainingProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything heard so far about one training job, as a whole: the latest progress, every candidate that
 * finished, and the end when it came. Built up on the engine's thread, one immutable copy per event, so that
 * the screen can skip any number of them and still show the truth.
 */
record TrainingSnapshot(String jobId, TrainingProgress latest, List<CandidateResult> finishedCandidates,
                        TrainingFinished finished) {

    TrainingSnapshot {
        finishedCandidates = List.copyOf(finishedCandidates);
    }

    static TrainingSnapshot start(String jobId) {
        return new TrainingSnapshot(jobId, null, List.of(), null);
    }

    TrainingSnapshot with(TrainingProgress progress) {
        List<CandidateResult> candidates = finishedCandidates;
        if (progress.finishedCandidate() != null) {
            candidates = new ArrayList<>(finishedCandidates);
            candidates.add(progress.finishedCandidate());
        }
        return new TrainingSnapshot(jobId, progress, candidates, finished);
    }

    TrainingSnapshot with(TrainingFinished end) {
        return new TrainingSnapshot(jobId, latest, finishedCandidates, end);
    }

    double fraction() {
        if (finished != null) {
            return 1;
        }
        return latest == null ? 0 : Math.max(0, Math.min(1, latest.fraction()));
    }
}

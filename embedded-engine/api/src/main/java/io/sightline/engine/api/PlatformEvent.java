package io.sightline.engine.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * Something that happened on the platform. Ids increase monotonically, so that a subscriber that lost its
 * connection can resume with {@code since = last id seen} without loss or duplicates.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlatformEvent.DatasetImported.class, name = "dataset-imported"),
    @JsonSubTypes.Type(value = PlatformEvent.TrainingProgress.class, name = "training-progress"),
    @JsonSubTypes.Type(value = PlatformEvent.TrainingFinished.class, name = "training-finished"),
    @JsonSubTypes.Type(value = PlatformEvent.ModelVersionRegistered.class, name = "model-version-registered"),
    @JsonSubTypes.Type(value = PlatformEvent.DeploymentChanged.class, name = "deployment-changed"),
    @JsonSubTypes.Type(value = PlatformEvent.AlertChanged.class, name = "alert-changed"),
    @JsonSubTypes.Type(value = PlatformEvent.CapacityTestChanged.class, name = "capacity-test-changed"),
    @JsonSubTypes.Type(value = PlatformEvent.FlowChanged.class, name = "flow-changed")
})
public sealed interface PlatformEvent {
    long id();

    Instant at();

    /** The same event with another id: the event bus numbers events as it publishes them. */
    PlatformEvent withId(long newId);

    record DatasetImported(long id, Instant at, String datasetId, String name, long rows) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new DatasetImported(newId, at, datasetId, name, rows);
        }
    }

    /**
     * Progress of a training job: the phase ("preparing", "cross-validating", "refitting", "evaluating"),
     * candidate {@code candidate} of {@code candidates} (1-based) and fold {@code fold} of {@code folds}, the
     * elapsed time, a sentence saying what happens now, and, when a candidate has just finished, its result.
     */
    record TrainingProgress(
            long id,
            Instant at,
            String jobId,
            String phase,
            int candidate,
            int candidates,
            String candidateName,
            int fold,
            int folds,
            long elapsedMillis,
            double fraction,
            String message,
            CandidateResult finishedCandidate) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new TrainingProgress(newId, at, jobId, phase, candidate, candidates, candidateName, fold, folds,
                    elapsedMillis, fraction, message, finishedCandidate);
        }
    }

    record TrainingFinished(long id, Instant at, String jobId, JobState state, String runId, String message)
            implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new TrainingFinished(newId, at, jobId, state, runId, message);
        }
    }

    record ModelVersionRegistered(long id, Instant at, String model, int version) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new ModelVersionRegistered(newId, at, model, version);
        }
    }

    record DeploymentChanged(long id, Instant at, String deployment, String model, int version, DeploymentState state)
            implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new DeploymentChanged(newId, at, deployment, model, version, state);
        }
    }

    /** An alert fired, was acknowledged or was resolved. */
    record AlertChanged(long id, Instant at, Alert alert) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new AlertChanged(newId, at, alert);
        }
    }

    /** A load test started, measured a step ({@code stepsMeasured} so far) or ended. */
    record CapacityTestChanged(long id, Instant at, String testId, String deployment, CapacityTestState state,
                               int stepsMeasured) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new CapacityTestChanged(newId, at, testId, deployment, state, stepsMeasured);
        }
    }

    /**
     * A step of a flow changed state ({@code stepId} and {@code stepState}; both null when only the flow's own
     * state changed, as on pause), with the flow's state after the change and a sentence on what happened.
     */
    record FlowChanged(long id, Instant at, String flowId, String definition, String stepId, StepState stepState,
                       FlowState flowState, String message) implements PlatformEvent {
        @Override
        public PlatformEvent withId(long newId) {
            return new FlowChanged(newId, at, flowId, definition, stepId, stepState, flowState, message);
        }
    }
}

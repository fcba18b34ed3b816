package io.sightline.engine.api;

import java.time.Instant;

/**
 * A training job: its state, once it succeeded the run it recorded, and the engine node that runs or ran it
 * (null while it waits in a cluster's queue for a node to take it).
 */
public record TrainingJob(
        String id,
        String datasetId,
        String target,
        JobState state,
        String runId,
        String message,
        Instant createdAt,
        Instant finishedAt,
        String node) {

    /** A job whose node is not known. */
    public TrainingJob(String id, String datasetId, String target, JobState state, String runId, String message,
                       Instant createdAt, Instant finishedAt) {
        this(id, datasetId, target, state, runId, message, createdAt, finishedAt, null);
    }
}

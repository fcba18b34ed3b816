package io.sightline.engine.api;

import java.time.Instant;

/** A training job: its state, and once it succeeded the run it recorded. */
public record TrainingJob(
        String id,
        String datasetId,
        String target,
        JobState state,
        String runId,
        String message,
        Instant createdAt,
        Instant finishedAt) {
}

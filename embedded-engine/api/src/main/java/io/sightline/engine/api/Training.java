package io.sightline.engine.api;

import java.time.Duration;
import java.util.List;

/** AutoML jobs: started in the background, followed, cancelled. */
public interface Training {

    /** Starts AutoML in the background; follow it with {@link Events#subscribe} or {@link #trainingJob}. */
    TrainingJob startTraining(TrainingRequest request);

    TrainingJob trainingJob(String jobId);

    List<TrainingJob> trainingJobs();

    void cancelTraining(String jobId);

    /** Waits for a training job to finish (polling), for commands and tests. */
    default TrainingJob awaitTraining(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        TrainingJob job = trainingJob(jobId);
        while (!job.state().isFinished()) {
            if (System.nanoTime() > deadline) {
                throw new PlatformException(ErrorCode.UNAVAILABLE,
                        "Training " + jobId + " did not finish within " + timeout.toSeconds() + " s.");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(ErrorCode.CANCELLED, "Interrupted while waiting for training.", e);
            }
            job = trainingJob(jobId);
        }
        return job;
    }
}

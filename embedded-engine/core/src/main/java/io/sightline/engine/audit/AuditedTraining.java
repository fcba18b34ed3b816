package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.time.Duration;
import java.util.List;

/** Training whose jobs started and cancelled are recorded in the audit log. */
final class AuditedTraining implements Training {
    private final Training training;
    private final AuditTrail trail;

    AuditedTraining(Training training, AuditTrail trail) {
        this.training = training;
        this.trail = trail;
    }

    @Override
    public TrainingJob startTraining(TrainingRequest request) {
        return trail.record("training.start", "dataset " + request.datasetId() + " target " + request.target(),
                null, null, () -> training.startTraining(request),
                job -> state("job", job.id(), "model", request.modelName()));
    }

    @Override
    public TrainingJob trainingJob(String jobId) {
        return training.trainingJob(jobId);
    }

    @Override
    public List<TrainingJob> trainingJobs() {
        return training.trainingJobs();
    }

    @Override
    public void cancelTraining(String jobId) {
        TrainingJob before = training.trainingJob(jobId);
        trail.record("training.cancel", "training job " + jobId, state("state", before.state()),
                () -> training.cancelTraining(jobId));
    }

    @Override
    public TrainingJob awaitTraining(String jobId, Duration timeout) {
        return training.awaitTraining(jobId, timeout);
    }
}

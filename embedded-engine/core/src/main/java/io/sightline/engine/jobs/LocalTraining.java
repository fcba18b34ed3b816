package io.sightline.engine.jobs;

import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Severity;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.util.List;

/** Training in this engine: a request is checked against its dataset's target analysis, then queued. */
public final class LocalTraining implements Training {
    private final Datasets datasets;
    private final TrainingJobs jobs;

    public LocalTraining(Datasets datasets, TrainingJobs jobs) {
        this.datasets = datasets;
        this.jobs = jobs;
    }

    /** Refuses data with blockers (no usable target, too large for this runtime) before anything is queued. */
    @Override
    public TrainingJob startTraining(TrainingRequest request) {
        DatasetInfo dataset = datasets.dataset(request.datasetId());
        TargetAnalysis analysis = datasets.analyzeTarget(dataset.id(), request.target(), request.typeOverrides());
        if (!analysis.trainable()) {
            throw PlatformException.invalid("This data cannot be trained on yet: " + analysis.problems().stream()
                    .filter(p -> p.severity() == Severity.BLOCKER)
                    .map(DataIssue::message).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return jobs.submit(request, dataset, analysis.task());
    }

    @Override
    public TrainingJob trainingJob(String jobId) {
        return jobs.get(jobId);
    }

    @Override
    public List<TrainingJob> trainingJobs() {
        return jobs.list();
    }

    @Override
    public void cancelTraining(String jobId) {
        jobs.cancel(jobId);
    }
}

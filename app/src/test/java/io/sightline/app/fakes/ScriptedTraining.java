package io.sightline.app.fakes;

import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.util.List;

/** Training of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedTraining extends Training {

    @Override
    default TrainingJob startTraining(TrainingRequest request) {
        throw Unscripted.call("Training", "startTraining");
    }

    @Override
    default TrainingJob trainingJob(String jobId) {
        throw Unscripted.call("Training", "trainingJob");
    }

    @Override
    default List<TrainingJob> trainingJobs() {
        throw Unscripted.call("Training", "trainingJobs");
    }

    @Override
    default void cancelTraining(String jobId) {
        throw Unscripted.call("Training", "cancelTraining");
    }
}

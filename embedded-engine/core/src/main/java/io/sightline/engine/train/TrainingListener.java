package io.sightline.engine.train;

/** Receives the progress of an AutoML search, on the thread that runs it. */
@FunctionalInterface
public interface TrainingListener {
    void onProgress(TrainingProgress progress);

    /** A listener that ignores every event. */
    static TrainingListener none() {
        return progress -> { };
    }
}

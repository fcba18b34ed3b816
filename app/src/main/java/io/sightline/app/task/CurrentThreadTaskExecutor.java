package io.sightline.app.task;

/** Runs each task and its callbacks at once on the calling thread: deterministic ViewModel tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public void execute(BackgroundTask<?> task) {
        task.call().run();
    }
}

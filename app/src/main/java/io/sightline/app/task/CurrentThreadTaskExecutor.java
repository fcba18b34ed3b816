package io.sightline.app.task;

/** Runs each task and its callbacks at once on the calling thread: deterministic ViewModel tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        TaskRun run = new TaskRun(task);
        run.work().run();
        return run;
    }
}

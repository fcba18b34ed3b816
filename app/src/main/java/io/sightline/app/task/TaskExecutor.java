package io.sightline.app.task;

/** Runs {@link BackgroundTask}s off the UI thread and delivers their callbacks on it. */
public interface TaskExecutor {
    void execute(BackgroundTask<?> task);
}

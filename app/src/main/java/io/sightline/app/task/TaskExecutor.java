package io.sightline.app.task;

/** Runs {@link BackgroundTask}s off the UI thread and delivers their callbacks on it. */
public interface TaskExecutor {
    /** Starts {@code task}; the handle cancels it (its callbacks are then never delivered). */
    TaskHandle execute(BackgroundTask<?> task);
}

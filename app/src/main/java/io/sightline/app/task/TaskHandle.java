package io.sightline.app.task;

/**
 * A submitted {@link BackgroundTask}, as {@link TaskExecutor#execute} hands it back: cancelling it means its
 * callbacks are never delivered (work already running is left to finish, its result dropped).
 */
public interface TaskHandle {
    /** Drops the task's callbacks; false when they were already delivered. Call it on the UI thread. */
    boolean cancel();

    /** True once the callbacks were delivered or the task was cancelled. */
    boolean isDone();

    boolean isCancelled();
}

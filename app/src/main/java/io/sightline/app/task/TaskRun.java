package io.sightline.app.task;

import java.util.Objects;

/**
 * One submitted task's life, shared by the executors: its work runs unless it was cancelled before starting,
 * and its callbacks run unless it was cancelled before they were delivered. The work is never interrupted:
 * an interrupted JDBC or HTTP call could leave the engine's store or connection in a bad state.
 */
final class TaskRun implements TaskHandle {
    private final BackgroundTask<?> task;
    private volatile boolean cancelled;
    private volatile boolean delivered;

    TaskRun(BackgroundTask<?> task) {
        this.task = Objects.requireNonNull(task);
    }

    /** Runs the work on the calling thread and returns what the UI thread runs next: the callbacks, if still wanted. */
    Runnable work() {
        if (cancelled) {
            return () -> { };
        }
        Runnable callbacks = task.call();
        return () -> {
            if (!cancelled) {
                delivered = true;
                callbacks.run();
            }
        };
    }

    @Override
    public boolean cancel() {
        if (delivered) {
            return false;
        }
        cancelled = true;
        return true;
    }

    @Override
    public boolean isDone() {
        return delivered || cancelled;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}

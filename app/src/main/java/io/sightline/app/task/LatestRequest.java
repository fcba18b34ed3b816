package io.sightline.app.task;

import java.util.Objects;

/**
 * "Latest request wins": each submitted task cancels the one submitted before it, so only the newest result
 * is ever delivered — for answers that a later choice of the user makes stale (a preview of the dataset no
 * longer selected, the analysis of the previous target). Use it on the UI thread.
 */
public final class LatestRequest {
    private final TaskExecutor tasks;
    private TaskHandle latest;

    public LatestRequest(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Cancels the previous request, if still pending, and starts {@code task}. */
    public TaskHandle submit(BackgroundTask<?> task) {
        cancel();
        latest = tasks.execute(task);
        return latest;
    }

    /** Cancels the pending request, if any: nothing asked so far will be delivered. */
    public void cancel() {
        if (latest != null) {
            latest.cancel();
            latest = null;
        }
    }

    /** True while the newest request has not delivered its callbacks yet. */
    public boolean isPending() {
        return latest != null && !latest.isDone();
    }
}

package io.sightline.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Runs tasks on daemon worker threads and delivers their callbacks with {@code Platform.runLater}. */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService workers;

    public UiTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sightline-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        TaskRun run = new TaskRun(task);
        workers.execute(() -> Platform.runLater(run.work()));
        return run;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

package io.sightline.app.task;

import java.util.ArrayDeque;
import java.util.Deque;

/** Keeps tasks until the test runs them, so that a test can decide what happens while one is in flight. */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<TaskRun> queued = new ArrayDeque<>();

    @Override
    public TaskHandle execute(BackgroundTask<?> task) {
        TaskRun run = new TaskRun(task);
        queued.addLast(run);
        return run;
    }

    /** Runs the oldest waiting task and its callbacks (unless cancelled) on the calling thread. */
    public void runNext() {
        queued.removeFirst().work().run();
    }

    /** Runs tasks, including any they queue, until none is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }

    public int waiting() {
        return queued.size();
    }
}

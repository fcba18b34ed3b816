package io.sightline.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A scheduler that keeps actions until the test runs them, with a clock the test moves. */
public final class ManualScheduler implements ReloadPacer.Scheduler {
    public final AtomicLong now = new AtomicLong(10_000);
    public final List<Runnable> pending = new ArrayList<>();
    public final List<Long> delays = new ArrayList<>();

    @Override
    public void schedule(Runnable action, long delayMillis) {
        pending.add(action);
        delays.add(delayMillis);
    }

    /** Runs what is due now, and nothing that these actions schedule in turn. */
    public void runPending() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }
}

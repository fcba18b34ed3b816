package io.sightline.app.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns any number of "something changed" signals into few reloads: at most one reload in flight, starts at
 * least {@code minIntervalMillis} apart, and one more reload after a running one when signals came meanwhile.
 * Signals may come from any thread; the scheduler decides on which thread reloads start.
 */
public final class ReloadPacer {

    /** Runs an action after a delay; production hands it to the UI thread, tests run it when they choose. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable action, long delayMillis);
    }

    private final Consumer<Runnable> reload;
    private final Scheduler scheduler;
    private final LongSupplier clockMillis;
    private final long minIntervalMillis;

    private boolean scheduled;
    private boolean inFlight;
    private boolean changedMeanwhile;
    private long lastStart = Long.MIN_VALUE;

    /**
     * @param reload starts a reload and calls the given callback, once, when it is over (success or not)
     */
    public ReloadPacer(Consumer<Runnable> reload, Scheduler scheduler, LongSupplier clockMillis, long minIntervalMillis) {
        this.reload = Objects.requireNonNull(reload);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clockMillis = Objects.requireNonNull(clockMillis);
        this.minIntervalMillis = minIntervalMillis;
    }

    /** Asks for a reload; cheap, and safe to call for every event. */
    public void request() {
        long delay;
        synchronized (this) {
            if (inFlight) {
                changedMeanwhile = true;
                return;
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
            long now = clockMillis.getAsLong();
            delay = lastStart == Long.MIN_VALUE ? 0 : Math.max(0, lastStart + minIntervalMillis - now);
        }
        scheduler.schedule(this::start, delay);
    }

    private void start() {
        synchronized (this) {
            scheduled = false;
            inFlight = true;
            changedMeanwhile = false;
            lastStart = clockMillis.getAsLong();
        }
        reload.accept(this::finished);
    }

    private void finished() {
        boolean again;
        synchronized (this) {
            inFlight = false;
            again = changedMeanwhile;
            changedMeanwhile = false;
        }
        if (again) {
            request();
        }
    }
}

package io.sightline.app.task;

import java.time.InstantSource;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The clocks a live workspace needs: a scheduler that starts paced work on the UI thread, a clock in
 * milliseconds for pacing, and the wall clock for ages and periods. The console passes a timer and the system
 * clocks; tests pass manual ones.
 */
public record UiTiming(ReloadPacer.Scheduler scheduler, LongSupplier clockMillis, InstantSource clock) {
    public UiTiming {
        Objects.requireNonNull(scheduler);
        Objects.requireNonNull(clockMillis);
        Objects.requireNonNull(clock);
    }
}

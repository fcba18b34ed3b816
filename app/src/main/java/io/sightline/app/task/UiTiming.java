package io.sightline.app.task;

import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * The clocks and hand-offs a live workspace needs: a scheduler that starts paced work on the UI thread, a clock
 * in milliseconds for pacing, the wall clock for ages and periods, and the UI thread itself. The console passes
 * timers and {@code Platform.runLater}; tests pass manual ones.
 */
public record UiTiming(ReloadPacer.Scheduler scheduler, LongSupplier clockMillis, InstantSource clock,
                       Executor uiThread) {
    public UiTiming {
        Objects.requireNonNull(scheduler);
        Objects.requireNonNull(clockMillis);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(uiThread);
    }
}

package io.sightline.simulator.live;

/** Real elapsed time in nanoseconds; {@link System#nanoTime()} in a run, a hand-moved value in tests. */
@FunctionalInterface
public interface TimeSource {
    long nanoTime();

    static TimeSource system() {
        return System::nanoTime;
    }
}

package io.sightline.engine.monitor;

import io.sightline.engine.api.ArgumentRules;
import java.time.Duration;
import java.time.Instant;

/**
 * Time windows of monitoring reports: checking the one asked for, and cutting it into at most a given number of
 * buckets of a round length (1 s, 5 s, 1 min, 1 h, …), aligned on multiples of that length since the epoch.
 */
public final class Windows {
    private static final long[] STEP_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10800, 21600, 43200, 86400, 604800};

    private Windows() {
    }

    /** Refuses a window that is missing, zero or negative ({@link ArgumentRules#window}). */
    public static Duration check(Duration window) {
        return ArgumentRules.window(window);
    }

    /** The shortest round step of at least {@code finest} that cuts {@code window} into at most {@code maxBuckets}. */
    static Duration step(Duration window, Duration finest, int maxBuckets) {
        for (long seconds : STEP_SECONDS) {
            if (seconds >= finest.toSeconds() && window.toMillis() <= seconds * 1000 * maxBuckets) {
                return Duration.ofSeconds(seconds);
            }
        }
        return Duration.ofSeconds(STEP_SECONDS[STEP_SECONDS.length - 1]);
    }

    /** The start of the step-long bucket that holds {@code at}. */
    static Instant floor(Instant at, Duration step) {
        long stepMillis = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), stepMillis) * stepMillis);
    }

    /** How many step-long buckets cover {@code [floor(from), to)}. */
    static int bucketCount(Instant from, Instant to, Duration step) {
        long span = to.toEpochMilli() - floor(from, step).toEpochMilli();
        return (int) Math.max(1, (span + step.toMillis() - 1) / step.toMillis());
    }
}

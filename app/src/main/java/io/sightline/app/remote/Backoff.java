package io.sightline.app.remote;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between reconnection attempts: doubling from {@code first} up to {@code max}, each wait drawn between
 * half and all of that, so that many clients cut off together do not all come back at the same instant.
 */
record Backoff(Duration first, Duration max) {

    Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A backoff needs 0 < first <= max (got " + first + ", " + max + ").");
        }
    }

    /** The wait before attempt {@code attempt} (0 for the first retry). */
    Duration delay(int attempt) {
        long ceiling = first.toMillis() << Math.min(attempt, 20);
        long capped = Math.min(ceiling <= 0 ? Long.MAX_VALUE : ceiling, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}

package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/** The checks every duration setting shares, with the same plain words. */
final class Durations {
    private Durations() {
    }

    static void requirePositive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw PlatformException.invalid(what + " must be a positive duration (got " + value + ").");
        }
    }

    static void requireNotNegative(Duration value, String what) {
        if (value == null || value.isNegative()) {
            throw PlatformException.invalid(what + " must be zero or a positive duration (got " + value + ").");
        }
    }
}

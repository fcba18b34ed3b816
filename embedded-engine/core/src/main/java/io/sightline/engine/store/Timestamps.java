package io.sightline.engine.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision the databases keep (microseconds), so a stored record reads back equal. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

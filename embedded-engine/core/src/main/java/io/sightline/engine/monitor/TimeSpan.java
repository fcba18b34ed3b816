package io.sightline.engine.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** The time {@code [from, to)} a report covers. */
record TimeSpan(Instant from, Instant to) {

    /** The {@code window} that ends now; refuses a window that is not positive. */
    static TimeSpan last(Duration window, InstantSource clock) {
        Windows.check(window);
        Instant to = clock.instant();
        return new TimeSpan(to.minus(window), to);
    }
}

package io.sightline.engine.monitor;

import java.time.Duration;

/** The resolutions traffic is kept at in the database, each for as long as it is worth its rows. */
enum TrafficTier {
    SECOND(Duration.ofSeconds(1), Duration.ofHours(1)),
    MINUTE(Duration.ofMinutes(1), Duration.ofDays(30));

    private final Duration resolution;
    private final Duration kept;

    TrafficTier(Duration resolution, Duration kept) {
        this.resolution = resolution;
        this.kept = kept;
    }

    Duration resolution() {
        return resolution;
    }

    int seconds() {
        return (int) resolution.toSeconds();
    }

    Duration kept() {
        return kept;
    }

    /** The finest tier that still holds the whole window. */
    static TrafficTier forWindow(Duration window) {
        return window.compareTo(SECOND.kept) <= 0 ? SECOND : MINUTE;
    }
}

package io.sightline.app.workspace.risk;

import java.time.Duration;

/** The spans of recent time the monitor and back-tests look at. */
public enum TimeWindow {
    FIVE_MINUTES(Duration.ofMinutes(5), "last 5 minutes"),
    FIFTEEN_MINUTES(Duration.ofMinutes(15), "last 15 minutes"),
    ONE_HOUR(Duration.ofHours(1), "last hour"),
    SIX_HOURS(Duration.ofHours(6), "last 6 hours"),
    ONE_DAY(Duration.ofDays(1), "last 24 hours");

    private final Duration duration;
    private final String words;

    TimeWindow(Duration duration, String words) {
        this.duration = duration;
        this.words = words;
    }

    public Duration duration() {
        return duration;
    }

    /** "last hour", for sentences. */
    public String words() {
        return words;
    }

    /** "Last hour", for choices. */
    @Override
    public String toString() {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

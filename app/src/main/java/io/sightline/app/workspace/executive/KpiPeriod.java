package io.sightline.app.workspace.executive;

import java.time.Duration;

/** The period the rate, money and service figures cover; trends compare it with the period just before. */
public enum KpiPeriod {
    ONE_HOUR(Duration.ofHours(1), "last hour", "previous hour"),
    ONE_DAY(Duration.ofDays(1), "last 24 hours", "previous 24 hours"),
    SEVEN_DAYS(Duration.ofDays(7), "last 7 days", "previous 7 days");

    private final Duration duration;
    private final String words;
    private final String before;

    KpiPeriod(Duration duration, String words, String before) {
        this.duration = duration;
        this.words = words;
        this.before = before;
    }

    public Duration duration() {
        return duration;
    }

    /** "last 24 hours". */
    public String words() {
        return words;
    }

    /** "previous 24 hours". */
    public String before() {
        return before;
    }

    @Override
    public String toString() {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

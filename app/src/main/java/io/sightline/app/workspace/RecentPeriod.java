package io.sightline.app.workspace;

import java.time.Duration;

/**
 * The spans of recent time that live screens look at — the monitor's window, a back-test's, the executive
 * overview's period — with the words that name them and the span just before them.
 */
public enum RecentPeriod {
    FIVE_MINUTES(Duration.ofMinutes(5), "5 minutes"),
    FIFTEEN_MINUTES(Duration.ofMinutes(15), "15 minutes"),
    ONE_HOUR(Duration.ofHours(1), "hour"),
    SIX_HOURS(Duration.ofHours(6), "6 hours"),
    ONE_DAY(Duration.ofDays(1), "24 hours"),
    SEVEN_DAYS(Duration.ofDays(7), "7 days");

    private final Duration duration;
    private final String span;

    RecentPeriod(Duration duration, String span) {
        this.duration = duration;
        this.span = span;
    }

    public Duration duration() {
        return duration;
    }

    /** The shortest period at least as long as {@code span}, but no longer than {@code longest}. */
    public static RecentPeriod covering(Duration span, RecentPeriod longest) {
        for (RecentPeriod period : values()) {
            if (period == longest || period.duration.compareTo(span) >= 0) {
                return period;
            }
        }
        return longest;
    }

    /** "last 24 hours", for sentences. */
    public String words() {
        return "last " + span;
    }

    /** "previous 24 hours": the span just before this one. */
    public String before() {
        return "previous " + span;
    }

    /** "Last 24 hours", for choices. */
    @Override
    public String toString() {
        return "Last " + span;
    }
}

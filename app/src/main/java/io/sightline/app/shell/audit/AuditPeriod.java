package io.sightline.app.shell.audit;

import java.time.Duration;
import java.time.Instant;

/** How far back the audit page looks. */
public enum AuditPeriod {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_DAY("Last 24 hours", Duration.ofDays(1)),
    LAST_WEEK("Last 7 days", Duration.ofDays(7)),
    ALL("All time", null);

    private final String title;
    private final Duration length;

    AuditPeriod(String title, Duration length) {
        this.title = title;
        this.length = length;
    }

    /** Where the period starts when it ends {@code now}; null for all time. */
    public Instant startBefore(Instant now) {
        return length == null ? null : now.minus(length);
    }

    @Override
    public String toString() {
        return title;
    }
}

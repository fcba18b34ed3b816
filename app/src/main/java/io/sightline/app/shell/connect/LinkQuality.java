package io.sightline.app.shell.connect;

import io.sightline.app.remote.ConnectionStatus;
import io.sightline.engine.api.HealthStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * How good the link to a remote platform is, in one word, judged from the last round trip and from how many
 * of the recent health checks failed.
 */
public enum LinkQuality {
    GOOD("good"),
    FAIR("fair"),
    POOR("poor"),
    OFFLINE("offline");

    /** Round trips at or above these feel slow (fair) or sluggish (poor) in a console that polls. */
    static final Duration FAIR_FROM = Duration.ofMillis(300);
    static final Duration POOR_FROM = Duration.ofSeconds(1);
    /** Of the recent checks, this many failures make the link poor, and this many offline. */
    static final int POOR_FAILURES = 2;
    static final int OFFLINE_FAILURES = 3;

    private final String word;

    LinkQuality(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The colour of the link's dot; an offline link's dot is grey, like a lamp that is off. */
    public HealthStatus signal() {
        return switch (this) {
            case GOOD -> HealthStatus.GREEN;
            case FAIR -> HealthStatus.YELLOW;
            case POOR -> HealthStatus.RED;
            case OFFLINE -> null;
        };
    }

    /**
     * The quality for a link in {@code state} whose last round trip is {@code roundTrip} and of whose recent
     * checks {@code recentFailures} failed; empty while nothing has been measured yet.
     */
    public static Optional<LinkQuality> judge(ConnectionStatus.State state, Optional<Duration> roundTrip,
                                              int recentFailures) {
        if (state == ConnectionStatus.State.OFFLINE || recentFailures >= OFFLINE_FAILURES) {
            return Optional.of(OFFLINE);
        }
        if (state == ConnectionStatus.State.RECONNECTING || recentFailures >= POOR_FAILURES) {
            return Optional.of(POOR);
        }
        if (roundTrip.isEmpty()) {
            return recentFailures > 0 ? Optional.of(FAIR) : Optional.empty();
        }
        Duration measured = roundTrip.get();
        if (measured.compareTo(POOR_FROM) >= 0) {
            return Optional.of(POOR);
        }
        if (recentFailures > 0 || measured.compareTo(FAIR_FROM) >= 0) {
            return Optional.of(FAIR);
        }
        return Optional.of(GOOD);
    }
}

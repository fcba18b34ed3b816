package io.sightline.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One event on the timeline: active from {@code start} (inclusive) until {@code end} (exclusive), or for good. */
public record ScenarioEvent(ScenarioKind kind, Instant start, Optional<Instant> end) {

    public ScenarioEvent {
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new IllegalArgumentException("An event must end after it starts.");
        }
    }

    /** The event at {@code start} for {@code duration}, or for good when the duration is empty. */
    public static ScenarioEvent of(ScenarioKind kind, Instant start, Optional<Duration> duration) {
        return new ScenarioEvent(kind, start, duration.map(start::plus));
    }

    public boolean activeAt(Instant at) {
        return !at.isBefore(start) && end.map(at::isBefore).orElse(true);
    }
}

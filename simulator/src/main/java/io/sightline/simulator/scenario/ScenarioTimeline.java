package io.sightline.simulator.scenario;

import io.sightline.simulator.world.FraudPattern;
import io.sightline.simulator.world.MarketState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The events of a run, in simulated time. Safe to read from the traffic thread while a menu adds events: the
 * conditions at a moment depend only on the events and the moment, so a replayed timeline gives the same world.
 */
public final class ScenarioTimeline {
    private final List<ScenarioEvent> events = new CopyOnWriteArrayList<>();

    /** Adds {@code kind} from {@code start} for its default duration. */
    public ScenarioEvent schedule(ScenarioKind kind, Instant start) {
        return schedule(kind, start, kind.defaultDuration());
    }

    /** Adds {@code kind} from {@code start} for {@code duration} (empty: for good). */
    public ScenarioEvent schedule(ScenarioKind kind, Instant start, Optional<Duration> duration) {
        ScenarioEvent event = ScenarioEvent.of(kind, start, duration);
        events.add(event);
        return event;
    }

    public List<ScenarioEvent> events() {
        return events.stream().sorted(Comparator.comparing(ScenarioEvent::start)).toList();
    }

    public boolean isActive(ScenarioKind kind, Instant at) {
        for (ScenarioEvent event : events) {
            if (event.kind() == kind && event.activeAt(at)) {
                return true;
            }
        }
        return false;
    }

    public List<ScenarioKind> activeAt(Instant at) {
        return events.stream().filter(e -> e.activeAt(at)).map(ScenarioEvent::kind).distinct().sorted().toList();
    }

    /**
     * The ring at scale once a challenger release or flow began, at its starting share once the ring began, else
     * none.
     */
    private double newRingShare(Instant at) {
        if (isActive(ScenarioKind.CHALLENGER_RELEASE, at) || isActive(ScenarioKind.CHALLENGER_FLOW, at)) {
            return FraudPattern.AT_SCALE;
        }
        return isActive(ScenarioKind.NEW_FRAUD_RING, at) ? FraudPattern.NEW_RING.share() : 0;
    }

    public WorldConditions conditionsAt(Instant at) {
        if (events.isEmpty()) {
            return WorldConditions.ORDINARY;
        }
        boolean peak = isActive(ScenarioKind.SEASONAL_PEAK, at);
        MarketState market = new MarketState(peak ? WorldConditions.PEAK_VOLUME : 1.0, peak, newRingShare(at));
        return new WorldConditions(market, isActive(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS, at),
                isActive(ScenarioKind.DATA_BUG_RATING_MISSING, at), isActive(ScenarioKind.LATENCY_INCIDENT, at));
    }
}

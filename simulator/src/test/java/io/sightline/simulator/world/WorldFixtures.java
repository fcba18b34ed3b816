package io.sightline.simulator.world;

import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.stream.Arrival;
import io.sightline.simulator.stream.TransactionStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Worlds and streams for the tests, all from fixed seeds. */
public final class WorldFixtures {
    public static final Instant START = Instant.parse("2026-11-16T08:00:00Z");

    private WorldFixtures() {
    }

    public static TransactionFactory factory(long seed) {
        return new TransactionFactory(SellerPopulation.generate(seed, 500));
    }

    public static TransactionStream stream(long seed, ScenarioTimeline timeline) {
        return new TransactionStream(seed, factory(seed), timeline, START, TransactionStream.DEFAULT_RATE);
    }

    public static List<Arrival> take(TransactionStream stream, int count) {
        List<Arrival> arrivals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arrivals.add(stream.next());
        }
        return arrivals;
    }

    /** The arrivals before {@code end}. */
    public static List<Arrival> until(TransactionStream stream, Instant end) {
        List<Arrival> arrivals = new ArrayList<>();
        while (stream.nextTime().isBefore(end)) {
            arrivals.add(stream.next());
        }
        return arrivals;
    }
}

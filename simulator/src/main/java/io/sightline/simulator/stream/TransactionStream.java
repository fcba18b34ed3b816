package io.sightline.simulator.stream;

import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.scenario.WorldConditions;
import io.sightline.simulator.world.DailyRhythm;
import io.sightline.simulator.world.TransactionFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The live transactions from {@code start}, in simulated time order: arrivals are a Poisson process whose rate
 * is the base rate times the hour's {@link DailyRhythm} factor times the scenario's volume, and each transaction
 * is drawn from a generator of its own. Same seed and same timeline: the same transactions at the same times.
 * Not thread-safe: one traffic thread reads it.
 */
public final class TransactionStream {
    /** Transactions per simulated second, averaged over a day. */
    public static final double DEFAULT_RATE = 2.0;

    private final long seed;
    private final TransactionFactory factory;
    private final ScenarioTimeline timeline;
    private final double ratePerSecond;
    private final SplittableRandom arrivals;
    private Instant next;
    private long number;

    public TransactionStream(long seed, TransactionFactory factory, ScenarioTimeline timeline, Instant start,
                             double ratePerSecond) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("The transaction rate must be positive (got " + ratePerSecond + ").");
        }
        this.seed = seed;
        this.factory = factory;
        this.timeline = timeline;
        this.ratePerSecond = ratePerSecond;
        this.arrivals = Seeds.generator(seed, Seeds.ARRIVALS, 0);
        this.next = start;
        advance();
    }

    /** When the next transaction arrives. */
    public Instant nextTime() {
        return next;
    }

    public Arrival next() {
        Instant at = next;
        long n = ++number;
        WorldConditions conditions = timeline.conditionsAt(at);
        var transaction = factory.create(String.format(Locale.ROOT, "t-%09d", n), at, conditions.market(),
                Seeds.generator(seed, Seeds.LIVE, n));
        advance();
        return new Arrival(n, transaction, conditions);
    }

    private void advance() {
        double rate = ratePerSecond * DailyRhythm.factor(next) * timeline.conditionsAt(next).market().volume();
        double gapSeconds = -Math.log(1 - arrivals.nextDouble()) / rate;
        next = next.plusNanos(Math.max(1, Math.round(gapSeconds * 1e9)));
    }
}

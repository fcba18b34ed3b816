package io.sightline.engine.monitor;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.monitor.TrafficStore.StoredBucket;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adds every logged prediction (and failure) to the traffic bucket of its second, on the prediction log's writer
 * thread, never on the serving path. Each second, the buckets that closed (with {@link #GRACE} for stragglers)
 * are written at one-second resolution and merged into their minute, which is written once it closes in turn;
 * old buckets are pruned by tier. A prediction that arrives after its bucket was written starts another row of
 * the same bucket: rows add up when read. Reports read the stored rows and the open buckets together, under
 * one lock, so that every prediction is counted once.
 */
public final class TrafficRecorder implements PredictionLog.Observer {
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final Duration FLUSH_EVERY = Duration.ofSeconds(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    /** Kept a little longer than each tier promises, so that a window of exactly that length is whole. */
    private static final Duration PRUNE_MARGIN = Duration.ofMinutes(5);

    /** An open bucket: a deployment's model version and the bucket's start. */
    private record Key(String deployment, ModelRef model, Instant start) {
        Key minute() {
            return new Key(deployment, model, Windows.floor(start, TrafficTier.MINUTE.resolution()));
        }
    }

    private final Database database;
    private final TrafficStore store = new TrafficStore();
    private final Function<ModelRef, ScoreRange> ranges;
    private final InstantSource clock;
    private final Map<ModelRef, Optional<ScoreRange>> knownRanges = new HashMap<>();
    private final Map<Key, TrafficAccumulator> seconds = new HashMap<>();
    private final Map<Key, TrafficAccumulator> minutes = new HashMap<>();
    /** The bucket the last prediction went to: the next one usually goes there too. */
    private Key lastKey;
    private TrafficAccumulator lastBucket;
    private Instant nextFlush = Instant.MIN;
    private Instant nextPrune = Instant.MIN;

    /** {@code ranges}: where each model version's scores lie (null: it gives none). */
    public TrafficRecorder(Database database, Function<ModelRef, ScoreRange> ranges, InstantSource clock) {
        this.database = database;
        this.ranges = ranges;
        this.clock = clock;
    }

    @Override
    public synchronized void observe(List<PredictionLog.Entry> batch) {
        for (PredictionLog.Entry entry : batch) {
            if (!entry.shadow()) { // a shadow's answer was never given to anyone
                bucketOf(entry).add(entry);
            }
        }
    }

    private TrafficAccumulator bucketOf(PredictionLog.Entry entry) {
        long second = entry.at().getEpochSecond();
        Key last = lastKey;
        if (last != null && last.start().getEpochSecond() == second && last.deployment().equals(entry.deployment())
                && last.model().equals(entry.model())) {
            return lastBucket;
        }
        Key key = new Key(entry.deployment(), entry.model(), Instant.ofEpochSecond(second));
        lastBucket = seconds.computeIfAbsent(key, k -> new TrafficAccumulator(range(k.model())));
        lastKey = key;
        return lastBucket;
    }

    private ScoreRange range(ModelRef model) {
        return knownRanges.computeIfAbsent(model, m -> Optional.ofNullable(ranges.apply(m))).orElse(null);
    }

    /** Writes the buckets that closed, about once a second, and prunes old ones about once a minute. */
    @Override
    public synchronized void tick() {
        Instant now = clock.instant();
        if (now.isBefore(nextFlush)) {
            return;
        }
        nextFlush = now.plus(FLUSH_EVERY);
        write(now.minus(GRACE));
        if (!now.isBefore(nextPrune)) {
            nextPrune = now.plus(PRUNE_EVERY);
            database.inTransaction(c -> {
                for (TrafficTier tier : TrafficTier.values()) {
                    store.prune(c, tier, now.minus(tier.kept()).minus(PRUNE_MARGIN));
                }
                return null;
            });
        }
    }

    /** Writes every open bucket, closed or not (when the engine stops). */
    public synchronized void flushAll() {
        write(Instant.MAX);
    }

    /**
     * Writes the second buckets that ended by {@code endedBy} and folds them into their minutes, then writes the
     * minutes that ended. Each step forgets its buckets only once they are committed, so a failed write is
     * tried again at the next tick.
     */
    private void write(Instant endedBy) {
        lastKey = null;
        lastBucket = null;
        List<StoredBucket> closedSeconds = closed(seconds, TrafficTier.SECOND, endedBy);
        if (!closedSeconds.isEmpty()) {
            database.inTransaction(c -> {
                store.insert(c, closedSeconds);
                return null;
            });
            for (StoredBucket bucket : closedSeconds) {
                Key key = new Key(bucket.deployment(), bucket.model(), bucket.start());
                seconds.remove(key);
                minutes.computeIfAbsent(key.minute(), k -> new TrafficAccumulator(range(k.model())))
                        .merge(bucket.traffic());
            }
        }
        List<StoredBucket> closedMinutes = closed(minutes, TrafficTier.MINUTE, endedBy);
        if (!closedMinutes.isEmpty()) {
            database.inTransaction(c -> {
                store.insert(c, closedMinutes);
                return null;
            });
            closedMinutes.forEach(b -> minutes.remove(new Key(b.deployment(), b.model(), b.start())));
        }
    }

    private static List<StoredBucket> closed(Map<Key, TrafficAccumulator> open, TrafficTier tier, Instant endedBy) {
        List<StoredBucket> closed = new ArrayList<>();
        for (Map.Entry<Key, TrafficAccumulator> bucket : open.entrySet()) {
            Key key = bucket.getKey();
            if (!key.start().plus(tier.resolution()).isAfter(endedBy)) {
                closed.add(new StoredBucket(key.deployment(), key.model(), tier, key.start(), bucket.getValue()));
            }
        }
        return closed;
    }

    /**
     * Every bucket of the deployment at {@code tier} starting in {@code [from, to)}: the stored rows and copies
     * of the open buckets (seconds not yet folded into their minute count towards the minute tier).
     */
    synchronized List<StoredBucket> read(String deployment, TrafficTier tier, Instant from, Instant to) {
        List<StoredBucket> rows = new ArrayList<>(database.read(c -> store.read(c, deployment, tier, from, to)));
        addOpen(rows, seconds, deployment, tier, from, to);
        if (tier == TrafficTier.MINUTE) {
            addOpen(rows, minutes, deployment, tier, from, to);
        }
        return rows;
    }

    private void addOpen(List<StoredBucket> rows, Map<Key, TrafficAccumulator> open, String deployment,
                         TrafficTier tier, Instant from, Instant to) {
        for (Map.Entry<Key, TrafficAccumulator> bucket : open.entrySet()) {
            Key key = tier == TrafficTier.MINUTE ? bucket.getKey().minute() : bucket.getKey();
            if (key.deployment().equals(deployment) && !key.start().isBefore(from) && key.start().isBefore(to)) {
                TrafficAccumulator copy = new TrafficAccumulator(range(key.model()));
                copy.merge(bucket.getValue());
                rows.add(new StoredBucket(key.deployment(), key.model(), tier, key.start(), copy));
            }
        }
    }
}

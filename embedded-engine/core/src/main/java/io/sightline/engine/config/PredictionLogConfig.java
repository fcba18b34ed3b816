package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/**
 * How predictions are logged off the serving path.
 *
 * @param queueLimit    how many predictions may wait for the database before new ones are counted as dropped
 * @param batchSize     the most predictions written in one transaction
 * @param flushInterval how long the writer waits for more predictions when there are few, so that a quiet
 *                      deployment does not cost the database a commit per prediction
 * @param idlePoll      how long the log's reader sleeps when nothing is queued
 */
public record PredictionLogConfig(int queueLimit, int batchSize, Duration flushInterval, Duration idlePoll) {
    public static final int DEFAULT_QUEUE_LIMIT = 200_000;
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);
    public static final Duration DEFAULT_IDLE_POLL = Duration.ofMillis(5);

    public PredictionLogConfig {
        if (queueLimit < 1 || batchSize < 1) {
            throw PlatformException.invalid("The prediction log's queue limit and batch size are 1 or more (got "
                    + queueLimit + " and " + batchSize + ").");
        }
        Durations.requireNotNegative(flushInterval, "The prediction log's flush interval");
        Durations.requirePositive(idlePoll, "The prediction log's idle poll");
    }

    public static PredictionLogConfig defaults() {
        return new PredictionLogConfig(DEFAULT_QUEUE_LIMIT, DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL,
                DEFAULT_IDLE_POLL);
    }

    public PredictionLogConfig withQueueLimit(int limit) {
        return new PredictionLogConfig(limit, batchSize, flushInterval, idlePoll);
    }

    public PredictionLogConfig withBatchSize(int size) {
        return new PredictionLogConfig(queueLimit, size, flushInterval, idlePoll);
    }

    public PredictionLogConfig withFlushInterval(Duration interval) {
        return new PredictionLogConfig(queueLimit, batchSize, interval, idlePoll);
    }
}

package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/**
 * How predictions are logged off the serving path, and how long they are kept.
 *
 * @param queueLimit            how many predictions may wait for the database before new ones are counted as
 *                              dropped
 * @param batchSize             the most predictions written in one transaction (and so in one block)
 * @param flushInterval         how long the writer waits for more predictions when there are few, so that a quiet
 *                              deployment does not cost the database a commit per prediction; also the most a
 *                              crash of the process can lose
 * @param idlePoll              how long the log's reader sleeps when nothing is queued
 * @param maxAge                how long a block of predictions is kept after it was written; zero keeps it for
 *                              ever
 * @param maxBytesPerDeployment the most the blocks of one deployment may take in the database; its oldest blocks
 *                              go first beyond it
 */
public record PredictionLogConfig(int queueLimit, int batchSize, Duration flushInterval, Duration idlePoll,
                                  Duration maxAge, long maxBytesPerDeployment) {
    public static final int DEFAULT_QUEUE_LIMIT = 200_000;
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);
    public static final Duration DEFAULT_IDLE_POLL = Duration.ofMillis(5);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);
    public static final long DEFAULT_MAX_BYTES_PER_DEPLOYMENT = 1L << 30;

    public PredictionLogConfig {
        if (queueLimit < 1 || batchSize < 1) {
            throw PlatformException.invalid("The prediction log's queue limit and batch size are 1 or more (got "
                    + queueLimit + " and " + batchSize + ").");
        }
        Durations.requireNotNegative(flushInterval, "The prediction log's flush interval");
        Durations.requirePositive(idlePoll, "The prediction log's idle poll");
        Durations.requireNotNegative(maxAge, "The prediction log's retention age");
        if (maxBytesPerDeployment < 1) {
            throw PlatformException.invalid("The prediction log's size limit per deployment is 1 byte or more (got "
                    + maxBytesPerDeployment + ").");
        }
    }

    /** The given queue, batches and flushing, kept for the default time and size. */
    public PredictionLogConfig(int queueLimit, int batchSize, Duration flushInterval, Duration idlePoll) {
        this(queueLimit, batchSize, flushInterval, idlePoll, DEFAULT_MAX_AGE, DEFAULT_MAX_BYTES_PER_DEPLOYMENT);
    }

    public static PredictionLogConfig defaults() {
        return new PredictionLogConfig(DEFAULT_QUEUE_LIMIT, DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL,
                DEFAULT_IDLE_POLL);
    }

    public PredictionLogConfig withQueueLimit(int limit) {
        return new PredictionLogConfig(limit, batchSize, flushInterval, idlePoll, maxAge, maxBytesPerDeployment);
    }

    public PredictionLogConfig withBatchSize(int size) {
        return new PredictionLogConfig(queueLimit, size, flushInterval, idlePoll, maxAge, maxBytesPerDeployment);
    }

    public PredictionLogConfig withFlushInterval(Duration interval) {
        return new PredictionLogConfig(queueLimit, batchSize, interval, idlePoll, maxAge, maxBytesPerDeployment);
    }

    /** Keeps blocks {@code age} after they were written (zero: for ever) and at most {@code bytes} per deployment. */
    public PredictionLogConfig withRetention(Duration age, long bytes) {
        return new PredictionLogConfig(queueLimit, batchSize, flushInterval, idlePoll, age, bytes);
    }

    /** Retention in words, for health and logs. */
    public String retentionText() {
        String age = maxAge.toDays() >= 1 ? maxAge.toDays() + " days" : maxAge.toMinutes() + " minutes";
        return (maxAge.isZero() ? "kept with no age limit" : "kept " + age)
                + ", at most " + (maxBytesPerDeployment >> 20) + " MB per deployment";
    }
}

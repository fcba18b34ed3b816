package io.sightline.engine.api;

import java.time.Duration;

/**
 * How much a deployment takes on at once on each engine that serves it: at most {@code workers} predictions
 * scored at the same time, at most {@code queueLimit} more waiting for a worker, each for at most {@code maxWait};
 * and what happens to a request that finds the queue full ({@code whenFull}). A refused request gets a plain
 * "at its capacity" answer (HTTP 503) at once instead of a slow one. {@link #UNLIMITED} (no workers set) takes
 * everything, as a deployment does until limits are set.
 */
public record ServingLimits(int workers, int queueLimit, Duration maxWait, WhenFull whenFull) {
    /** The most workers a deployment may have. */
    public static final int MAX_WORKERS = 256;
    /** The most requests that may wait. */
    public static final int MAX_QUEUE = 10_000;
    /** The longest a request may wait for a worker. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** No limit: every request is scored at once. */
    public static final ServingLimits UNLIMITED = new ServingLimits(0, 0, Duration.ZERO, WhenFull.REJECT_NEWEST);

    /** What a request that finds every worker busy and the queue full gets. */
    public enum WhenFull {
        /** It is refused; those waiting keep their places. */
        REJECT_NEWEST,
        /** The request that has waited longest is refused and this one queues: answers stay fresh under overload. */
        SHED_OLDEST
    }

    public ServingLimits {
        if (workers < 0 || workers > MAX_WORKERS) {
            throw PlatformException.invalid("A deployment has from 1 to " + MAX_WORKERS
                    + " workers (0 for no limit).");
        }
        if (queueLimit < 0 || queueLimit > MAX_QUEUE) {
            throw PlatformException.invalid("From 0 to " + MAX_QUEUE + " requests may wait for a worker.");
        }
        maxWait = maxWait == null ? Duration.ZERO : maxWait;
        if (maxWait.isNegative() || maxWait.compareTo(MAX_WAIT) > 0) {
            throw PlatformException.invalid("A request waits for a worker from 0 to 60 seconds.");
        }
        if (queueLimit > 0 && maxWait.isZero()) {
            throw PlatformException.invalid("Requests that wait need a longest wait above 0, such as 200 ms.");
        }
        if (whenFull == null) {
            throw PlatformException.invalid("Choose what a request gets when the queue is full: refused, or"
                    + " the oldest waiting refused in its place.");
        }
        if (workers == 0 && queueLimit > 0) {
            throw PlatformException.invalid("A queue needs workers: set the workers, or no queue for no limit.");
        }
    }

    /** Whether these limits leave a deployment unlimited. */
    public boolean unlimited() {
        return workers == 0;
    }
}

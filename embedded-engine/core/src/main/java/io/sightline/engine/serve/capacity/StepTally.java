package io.sightline.engine.serve.capacity;

import io.sightline.engine.api.CapacityPoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One step's requests as they come back, from several sender threads: each one's latency from when it was due,
 * the failures, those never sent because the deployment could not keep up, and those skipped when the test was
 * stopped. A step is measured in full once every request it offered is accounted for.
 */
final class StepTally {
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final int offered;
    private final long[] latencies;
    private final AtomicInteger timed = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notSent = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final CountDownLatch accountedFor;
    private volatile boolean abandoned;

    /** A step that offers {@code requests} requests. */
    StepTally(int requests) {
        this.offered = requests;
        this.latencies = new long[requests];
        this.accountedFor = new CountDownLatch(requests);
    }

    void answered(long latencyNanos) {
        time(latencyNanos);
        answered.incrementAndGet();
        accountedFor.countDown();
    }

    /** Sent and refused or failed by the deployment, in {@code why}'s words. */
    void failed(long latencyNanos, String why) {
        time(latencyNanos);
        firstFailure.compareAndSet(null, why);
        failed.incrementAndGet();
        accountedFor.countDown();
    }

    /** Not sent: it could not start before the step's end and its grace. */
    void notSent() {
        notSent.incrementAndGet();
        accountedFor.countDown();
    }

    /** Never sent, because the test was stopped: the step will not count. */
    void skipped(int requests) {
        skipped.addAndGet(requests);
        for (int i = 0; i < requests; i++) {
            accountedFor.countDown();
        }
    }

    /** Gives the step up before it was accounted for (the thread offering it was interrupted): it will not count. */
    void abandon() {
        abandoned = true;
    }

    /** Waits until every request of the step is answered, failed, not sent or skipped. */
    void awaitAccountedFor() throws InterruptedException {
        accountedFor.await();
    }

    /** Whether every request was offered as planned (none skipped by a stop) and accounted for. */
    boolean complete() {
        return skipped.get() == 0 && !abandoned;
    }

    long failures() {
        return failed.get();
    }

    long unsent() {
        return notSent.get();
    }

    /** The first failure's words, null when none failed. */
    String firstFailure() {
        return firstFailure.get();
    }

    /**
     * The step as measured, once accounted for: throughput is answered requests per second of the step;
     * errors are failures and requests not sent; percentiles (exact, nearest rank) over every request sent.
     */
    CapacityPoint point(int offeredPerSecond, Duration stepLength) {
        long[] sorted = Arrays.copyOf(latencies, timed.get());
        Arrays.sort(sorted);
        double seconds = stepLength.toNanos() / 1e9;
        return new CapacityPoint(offeredPerSecond, answered.get() / seconds, offered, failed.get() + notSent.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    private void time(long latencyNanos) {
        latencies[timed.getAndIncrement()] = latencyNanos;
    }

    /** The nearest-rank percentile in milliseconds; NaN when nothing was sent. */
    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / NANOS_PER_MILLI;
    }
}

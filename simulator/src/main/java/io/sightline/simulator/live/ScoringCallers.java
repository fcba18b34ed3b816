package io.sightline.simulator.live;

import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.PredictionResult;
import io.sightline.simulator.world.Columns;
import io.sightline.simulator.world.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The callers that score released transactions through {@link Platform#predict}: a bounded queue (the traffic
 * thread waits when it is full) and a few steady caller threads, plus extra callers that join in only while
 * traffic comes in bursts. Each answer's prediction id goes to the ledger with the outcome due after the
 * transaction's label delay. While held (paused), callers leave the queue alone and no call starts: a caller
 * that took a transaction just as the hold came keeps it until the hold is lifted.
 */
final class ScoringCallers implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final Predictions platform;
    private final String deployment;
    private final TimeSource time;
    private final OutcomeLedger ledger;
    private final Scoreboard scoreboard;
    private final BlockingQueue<ScoringJob> queue;
    private final List<Thread> threads = new ArrayList<>();
    /** Guards {@link #held} and {@link #inFlight}, so that no call starts once {@link #hold} has returned. */
    private final Object calls = new Object();
    private boolean held;
    private int inFlight;
    private volatile boolean bursting;
    private volatile boolean running = true;

    ScoringCallers(Predictions platform, String deployment, TimeSource time, OutcomeLedger ledger, Scoreboard scoreboard,
                   int queueCapacity) {
        this.platform = platform;
        this.deployment = deployment;
        this.time = time;
        this.ledger = ledger;
        this.scoreboard = scoreboard;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    /** Starts {@code steady} callers that always work and {@code burst} more that work only during bursts. */
    void start(int steady, int burst) {
        for (int i = 0; i < steady + burst; i++) {
            boolean onlyInBursts = i >= steady;
            Thread thread = new Thread(() -> work(onlyInBursts), "simulator-caller-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Waits while the queue is full, so that the world never runs ahead of the platform by more than the queue;
     * false when the callers were closed meanwhile.
     */
    boolean submit(ScoringJob job) throws InterruptedException {
        while (running) {
            if (queue.offer(job, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    void bursting(boolean on) {
        bursting = on;
    }

    void hold(boolean on) {
        synchronized (calls) {
            held = on;
            calls.notifyAll();
        }
    }

    int queued() {
        return queue.size();
    }

    /** Calls to the platform in progress; while held it only goes down, to zero once they have all answered. */
    int inFlight() {
        synchronized (calls) {
            return inFlight;
        }
    }

    private boolean held() {
        synchronized (calls) {
            return held;
        }
    }

    private void work(boolean onlyInBursts) {
        try {
            while (running) {
                if (held() || (onlyInBursts && !bursting)) {
                    Thread.sleep(POLL_MILLIS);
                    continue;
                }
                ScoringJob job = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (job != null && startCall()) {
                    try {
                        score(job);
                    } finally {
                        endCall();
                    }
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits while the callers are held, then counts one more call in flight; false when they were closed while
     * held (the job is dropped, as the queue is).
     */
    private boolean startCall() throws InterruptedException {
        synchronized (calls) {
            while (held) {
                if (!running) {
                    return false;
                }
                calls.wait(POLL_MILLIS);
            }
            inFlight++;
            return true;
        }
    }

    private void endCall() {
        synchronized (calls) {
            inFlight--;
        }
    }

    private void score(ScoringJob job) {
        Transaction t = job.arrival().transaction();
        try {
            PredictionResult result = platform.predict(deployment, job.request());
            scoreboard.scored(t.truth().chargeback(), time.nanoTime() - job.releasedNanos());
            if (result.predictionId() != null) {
                ledger.add(new PendingOutcome(t.at().plus(t.truth().labelDelay()), result.predictionId(),
                        Columns.label(t), t.order().amount(), t.truth().pattern()));
            }
        } catch (RuntimeException e) {
            scoreboard.failed("Scoring " + t.id() + " failed: " + e.getMessage());
        }
    }

    /**
     * Stops the callers; a request in flight finishes, what is still queued is dropped. Callers are never
     * interrupted: an embedded database may close its files under a thread interrupted in the middle of I/O.
     */
    @Override
    public void close() {
        running = false;
        Threads.joinAll(threads);
        queue.clear();
    }
}

package io.sightline.engine.serve.capacity;

import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Offers a plan's ramp to a scorer, open loop: each step sends its rate's requests at fixed due times whatever
 * the answers do, through a fixed pool of {@code concurrency} senders. Latency runs from when a request was due,
 * so a queue in front of a slow deployment shows as latency (no coordinated omission). A request that could not
 * start before its step's end and a grace is not sent and counts as an error, so that a test takes about its
 * planned length however slow the deployment. Steps run one after another, each once the previous one's
 * requests are all accounted for. A warm-up at the first rate may come first, measured by nobody: the senders'
 * threads start and the code on the path is compiled before anything counts. A stop ends the run within about
 * one in-flight request; the step it interrupts is dropped, the steps measured before it are kept.
 */
final class RampRunner {
    /** The longest a step waits past its end for requests still queued to start. */
    static final Duration LONGEST_GRACE = Duration.ofSeconds(1);

    /** Scores one row through the deployment; throws when it was refused or failed. */
    @FunctionalInterface
    interface Scorer {
        void score(Map<String, String> row);
    }

    /** Hears each step as soon as it is measured ({@code index} 0-based, in the order offered). */
    @FunctionalInterface
    interface StepListener {
        void measured(int index, CapacityPoint point);
    }

    /**
     * What a run did: the steps measured in full, whether it was stopped before its last step, how many of
     * their requests were not sent or failed, and the first failure's words (null when none failed).
     */
    record Outcome(List<CapacityPoint> points, boolean stopped, long notSent, long failed, String firstFailure) {
    }

    private final CapacityPlan plan;
    private final List<Map<String, String>> rows;
    private final Scorer scorer;
    private final Duration warmUp;
    private final CountDownLatch stop = new CountDownLatch(1);
    private int nextRow;

    /** {@code rows}: the inputs replayed in turn (at least one); no warm-up. */
    RampRunner(CapacityPlan plan, List<Map<String, String>> rows, Scorer scorer) {
        this(plan, rows, scorer, Duration.ZERO);
    }

    /** As above, with {@code warmUp} of the first rate before the first step, not measured (zero: none). */
    RampRunner(CapacityPlan plan, List<Map<String, String>> rows, Scorer scorer, Duration warmUp) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A load test replays at least one row");
        }
        this.plan = plan;
        this.rows = List.copyOf(rows);
        this.scorer = scorer;
        this.warmUp = warmUp;
    }

    /** Asks the run to end: no further request is sent, those in flight finish. */
    void stop() {
        stop.countDown();
    }

    boolean stopRequested() {
        return stop.getCount() == 0;
    }

    /** Runs the ramp on the calling thread until its last step or a stop; {@code listener} hears each step. */
    Outcome run(StepListener listener) {
        ExecutorService senders = Executors.newFixedThreadPool(plan.concurrency(),
                Thread.ofPlatform().daemon().name("sightline-capacity-sender-", 0).factory());
        List<CapacityPoint> points = new ArrayList<>();
        long notSent = 0;
        long failed = 0;
        String firstFailure = null;
        try {
            if (warmUp.isPositive()) {
                offer(plan.offeredAt(0), warmUp, senders);
            }
            for (int step = 0; step < plan.steps() && !stopRequested(); step++) {
                StepTally tally = offer(plan.offeredAt(step), plan.stepLength(), senders);
                if (!tally.complete()) {
                    break;
                }
                CapacityPoint point = tally.point(plan.offeredAt(step), plan.stepLength());
                points.add(point);
                notSent += tally.unsent();
                failed += tally.failures();
                firstFailure = firstFailure != null ? firstFailure : tally.firstFailure();
                listener.measured(step, point);
            }
        } finally {
            senders.shutdown();
        }
        return new Outcome(points, points.size() < plan.steps(), notSent, failed, firstFailure);
    }

    /** Offers {@code length} of requests at their due times and waits until each is accounted for. */
    private StepTally offer(int perSecond, Duration length, ExecutorService senders) {
        long stepNanos = length.toNanos();
        int requests = (int) Math.max(1, Math.round(perSecond * (stepNanos / 1e9)));
        long interval = stepNanos / requests;
        long grace = Math.min(stepNanos / 4, LONGEST_GRACE.toNanos());
        StepTally tally = new StepTally(requests);
        long start = System.nanoTime();
        long lastStart = start + stepNanos + grace;
        try {
            for (int i = 0; i < requests; i++) {
                long due = start + i * interval;
                if (stop.await(due - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    tally.skipped(requests - i);
                    break;
                }
                Map<String, String> row = rows.get(nextRow);
                nextRow = (nextRow + 1) % rows.size();
                senders.execute(() -> send(tally, row, due, lastStart));
            }
            tally.awaitAccountedFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            tally.abandon();
        }
        return tally;
    }

    private void send(StepTally tally, Map<String, String> row, long due, long lastStart) {
        if (stopRequested()) {
            tally.skipped(1);
        } else if (System.nanoTime() > lastStart) {
            tally.notSent();
        } else {
            try {
                scorer.score(row);
                tally.answered(System.nanoTime() - due);
            } catch (RuntimeException e) {
                tally.failed(System.nanoTime() - due, e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }
    }
}

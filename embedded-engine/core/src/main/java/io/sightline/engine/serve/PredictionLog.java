package io.sightline.engine.serve;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.config.PredictionLogConfig;
import io.sightline.engine.serve.log.LegacyRows;
import io.sightline.engine.serve.log.LoggedOutcomes;
import io.sightline.engine.serve.log.PredictionBlock;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every prediction, logged off the serving path: {@link #record} only queues. One thread takes batches from
 * the queue and shows each to an {@link Observer} (traffic monitoring), then hands it to a second thread that
 * writes it as compressed columnar blocks ({@link PredictionBlocks}) in a single transaction, at the latest one
 * flush interval after its first prediction came: a crash of the process loses at most the predictions of the
 * last flush interval (and of a write under way). The same thread prunes blocks beyond the retention. Failed predictions travel the same way so that monitoring counts them,
 * and are inserted flagged as failed (each arm's errors are counted from the log), as are a shadow's answers
 * flagged as shadow; neither is ever read back as a prediction answered. Monitoring is quick and the database is not: when the database cannot keep up,
 * monitoring still sees every prediction and the batches that could not wait for the database are counted in
 * {@link #dropped()}, never silently; predictions are still served.
 */
public final class PredictionLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionLog.class);
    /** How often the writer prunes blocks beyond the retention. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final PredictionBlocks blocks;
    private final PredictionLogConfig config;
    private final Observer observer;
    /** The hand-off from serving threads: lock-free, bounded by {@link #queued}, never waited on by its reader. */
    private final Queue<Entry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int capacity;
    private final int batchSize;
    private final Duration flushInterval;
    private final Duration idlePoll;
    /** Observed batches waiting for the database; an empty batch marks the end. */
    private final BlockingQueue<List<Entry>> writes = new LinkedBlockingQueue<>();
    /** Predictions in {@link #writes}: at most {@code capacity}. */
    private final AtomicLong waitingToBeWritten = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    /** Written or given up on: what flush() waits for. */
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** How many callers of flush() are waiting: the writer does not linger for them. */
    private final AtomicInteger flushing = new AtomicInteger();
    /** When the writer prunes next (its own field: only the writer reads it). */
    private long nextPrune;
    private final Thread monitor;
    private final Thread writer;
    private volatile boolean enabled = true;
    private volatile boolean closing;

    /**
     * A prediction waiting to be written: the label (classification) or value (regression) it gave, or neither
     * when it failed; its id, score and decision, and the strategy that decided, if any; the arm of the traffic
     * policy that answered and the policy's kind (null when scored outside a policy, such as a file), and whether
     * it is a shadow's answer (logged, never returned to the caller nor counted as answered).
     */
    public record Entry(String deployment, ModelRef model, Instant at, Map<String, String> inputs, String label,
                        Double value, double confidence, double latencyMicros, String predictionId, Double score,
                        Decision decision, String strategy, String arm, PolicyKind policy, boolean shadow) {

        /** A prediction answered outside any traffic policy. */
        public Entry(String deployment, ModelRef model, Instant at, Map<String, String> inputs, String label,
                     Double value, double confidence, double latencyMicros, String predictionId, Double score,
                     Decision decision, String strategy) {
            this(deployment, model, at, inputs, label, value, confidence, latencyMicros, predictionId, score,
                    decision, strategy, null, null, false);
        }

        /** A request that could not be scored (bad input) outside any traffic policy. */
        public static Entry failed(String deployment, ModelRef model, Instant at, double latencyMicros) {
            return failed(deployment, model, at, latencyMicros, null, null, false);
        }

        /**
         * A request the arm could not score (bad input): counted as an error by monitoring; written to the log as
         * failed, so that each arm's errors can be counted, and never read back as a prediction.
         */
        public static Entry failed(String deployment, ModelRef model, Instant at, double latencyMicros, String arm,
                                   PolicyKind policy, boolean shadow) {
            return new Entry(deployment, model, at, Map.of(), null, null, Double.NaN, latencyMicros, null, null,
                    null, null, arm, policy, shadow);
        }

        public boolean isFailure() {
            return label == null && value == null;
        }

        /** The text logged as the output: the label, or the value for regression. */
        public String output() {
            if (isFailure()) {
                return "";
            }
            return label != null ? label : FileScorer.format(value);
        }
    }

    /** Sees the queued predictions on the writer thread: each batch before it is written, and idle moments. */
    public interface Observer {
        void observe(List<Entry> batch);

        /** Called between batches, and every few milliseconds when there are none. */
        void tick();

        Observer NONE = new Observer() {
            @Override
            public void observe(List<Entry> batch) {
            }

            @Override
            public void tick() {
            }
        };
    }

    public PredictionLog(Database database, int capacity) {
        this(database, capacity, Observer.NONE);
    }

    public PredictionLog(Database database, int capacity, Observer observer) {
        this(database, PredictionLogConfig.defaults().withQueueLimit(capacity), observer);
    }

    /**
     * Opens the log of {@code database}, first moving any predictions it kept one row each (before blocks) into
     * blocks.
     */
    public PredictionLog(Database database, PredictionLogConfig config, Observer observer) {
        this.database = database;
        this.blocks = new PredictionBlocks(database);
        this.config = config;
        LegacyRows.moveToBlocks(database);
        this.nextPrune = System.nanoTime();
        this.observer = observer;
        this.capacity = config.queueLimit();
        this.batchSize = config.batchSize();
        this.flushInterval = config.flushInterval();
        this.idlePoll = config.idlePoll();
        this.monitor = Thread.ofPlatform().daemon().name("sightline-prediction-monitor").start(this::observeLoop);
        this.writer = Thread.ofPlatform().daemon().name("sightline-prediction-log").start(this::writeLoop);
    }

    /** Queues one prediction; never blocks. Does nothing while logging is switched off. */
    public void record(Entry entry) {
        if (!enabled) {
            return;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        accepted.incrementAndGet();
        queue.offer(entry);
    }

    /** Switches logging (and so the monitoring fed by it) on or off; on by default. */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long dropped() {
        return dropped.get();
    }

    public long written() {
        return written.get();
    }

    /** Predictions queued and not yet written (nor given up on). */
    public long backlog() {
        return accepted.get() - processed.get();
    }

    /** Waits until everything queued so far is in the database; false if that took longer than {@code timeout}. */
    public boolean flush(Duration timeout) {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        flushing.incrementAndGet();
        try {
            while (processed.get() < target) {
                if (System.nanoTime() > deadline || !writer.isAlive() || !monitor.isAlive()) {
                    return false;
                }
                Thread.sleep(2);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            flushing.decrementAndGet();
        }
    }

    /**
     * The newest predictions of a deployment, newest first, each with its outcome once one was reported: the
     * newest blocks are opened until there are {@code limit} answered predictions.
     */
    public List<LoggedPrediction> recent(String deployment, int limit) {
        List<LoggedPrediction> found = new ArrayList<>();
        if (limit <= 0) {
            return found;
        }
        blocks.forEachNewest(deployment, (c, block) -> {
            LoggedOutcomes outcomes = LoggedOutcomes.of(c, deployment, block);
            for (int i = block.size() - 1; i >= 0; i--) {
                if (block.answered(i)) {
                    found.add(read(deployment, block, i, outcomes.of(i)));
                }
            }
            return found.size() < limit;
        });
        found.sort(Comparator.comparing(LoggedPrediction::at).thenComparingLong(LoggedPrediction::id).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static LoggedPrediction read(String deployment, PredictionBlock block, int i,
                                         LoggedOutcomes.Reported outcome) {
        double confidence = block.confidence(i);
        return new LoggedPrediction(block.logId(i), deployment, block.model(i), block.at(i), block.inputs(i),
                block.output(i), Double.isNaN(confidence) ? 0 : confidence, block.latencyMicros(i),
                block.predictionId(i), block.score(i), block.decision(i),
                outcome == null ? null : outcome.actualLabel());
    }

    /** How much the log holds now, in predictions and bytes in the database. */
    public PredictionBlocks.Footprint footprint() {
        return blocks.footprint();
    }

    /** What a crash can lose and how long predictions are kept, in words for health. */
    public String guarantees() {
        return "a crash loses at most the last " + config.flushInterval().toMillis() + " ms of predictions; "
                + config.retentionText();
    }

    /**
     * Takes batches from the queue, shows them to the observer, and passes them on to the writer. It sleeps
     * when the queue is empty rather than waiting on it, so that serving threads never have to wake it.
     */
    private void observeLoop() {
        while (!(closing && queue.isEmpty())) {
            List<Entry> batch = new ArrayList<>(Math.min(batchSize, 8_192));
            try {
                for (Entry entry = queue.poll(); entry != null; entry = batch.size() < batchSize ? queue.poll() : null) {
                    batch.add(entry);
                }
                queued.addAndGet(-batch.size());
                if (batch.isEmpty()) {
                    Thread.sleep(idlePoll);
                } else {
                    observe(batch);
                    if (waitingToBeWritten.get() + batch.size() > capacity) {
                        giveUp(batch); // the database is behind: monitoring has seen the batch, the log loses it
                    } else {
                        waitingToBeWritten.addAndGet(batch.size());
                        writes.add(batch);
                    }
                }
                tick();
            } catch (InterruptedException e) {
                closing = true;
            }
        }
        tick();
        writes.add(List.of());
    }

    /**
     * Writes observed batches until the end mark: several together in one transaction, waiting up to
     * the flush interval for more when there are few, since every commit costs the database a store of its own.
     * Nobody lingers while {@link #flush} waits.
     */
    private void writeLoop() {
        List<Entry> batch = new ArrayList<>();
        long lingerUntil = 0;
        boolean ended = false;
        while (!ended || !batch.isEmpty()) {
            List<Entry> next = null;
            try {
                next = ended ? null : writes.poll(batch.isEmpty() ? 50 : 5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                ended = true;
            }
            if (next != null && next.isEmpty()) {
                ended = true;
            } else if (next != null) {
                if (batch.isEmpty()) {
                    lingerUntil = System.nanoTime() + flushInterval.toNanos();
                }
                waitingToBeWritten.addAndGet(-next.size());
                batch.addAll(next);
            }
            boolean due = ended || batch.size() >= batchSize || flushing.get() > 0 || System.nanoTime() >= lingerUntil;
            if (due && !batch.isEmpty()) {
                write(batch);
                batch = new ArrayList<>();
            }
            if (!ended && System.nanoTime() - nextPrune >= 0) {
                prune();
                nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
            }
        }
    }

    /** Deletes the blocks beyond the retention; a failure is reported and tried again at the next round. */
    private void prune() {
        try {
            int deleted = blocks.prune(config.maxAge().isZero() ? null : config.maxAge(),
                    config.maxBytesPerDeployment(), Instant.now());
            if (deleted > 0) {
                LOG.info("Pruned {} prediction log blocks beyond the retention ({})", deleted, config.retentionText());
            }
        } catch (RuntimeException e) {
            LOG.error("Could not prune the prediction log", e);
        }
    }

    private void write(List<Entry> batch) {
        try {
            written.addAndGet(insert(batch));
            processed.addAndGet(batch.size());
        } catch (RuntimeException e) {
            LOG.error("Could not write {} predictions to the log", batch.size(), e);
            giveUp(batch);
        }
    }

    /** Counts a batch as dropped, and as processed so that flush() does not wait for it. */
    private void giveUp(List<Entry> batch) {
        dropped.addAndGet(batch.stream().filter(entry -> !entry.isFailure() && !entry.shadow()).count());
        processed.addAndGet(batch.size());
    }

    /** Monitoring must never stop the log: its failures are reported and the batch is still written. */
    private void observe(List<Entry> batch) {
        try {
            observer.observe(batch);
        } catch (RuntimeException e) {
            LOG.error("Traffic monitoring failed on {} predictions", batch.size(), e);
        }
    }

    private void tick() {
        try {
            observer.tick();
        } catch (RuntimeException e) {
            LOG.error("Traffic monitoring could not store its buckets", e);
        }
    }

    /** Inserts the batch as blocks; answers how many of its rows are predictions answered (not failures, not shadows). */
    private int insert(List<Entry> batch) {
        Instant now = Instant.now();
        database.inTransaction(c -> {
            PredictionBlocks.insert(c, batch, now);
            return null;
        });
        return (int) batch.stream().filter(entry -> !entry.isFailure() && !entry.shadow()).count();
    }

    /** Writes what is queued, then stops both threads. */
    @Override
    public void close() {
        closing = true;
        try {
            monitor.join(Duration.ofSeconds(30));
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.sightline.engine.serve;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Json;
import io.sightline.engine.store.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every prediction, logged off the serving path: {@link #record} only queues; one writer thread inserts
 * batches (what arrives within 100 ms, up to 5,000 predictions) in single transactions. When the queue is full (the database cannot keep up), predictions are
 * still served and the ones not logged are counted in {@link #dropped()}, never silently.
 */
public final class PredictionLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionLog.class);
    private static final TypeReference<Map<String, String>> INPUTS = new TypeReference<>() { };
    private static final int BATCH = 5_000;
    /** How long the writer waits for more predictions before writing a batch that is not full. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Database database;
    private final BlockingQueue<Entry> queue;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    /** Written or given up on: what flush() waits for. */
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;

    /** A prediction waiting to be written. */
    public record Entry(String deployment, ModelRef model, Instant at, Map<String, String> inputs, String output,
                        double confidence, double latencyMicros) {
    }

    public PredictionLog(Database database, int capacity) {
        this.database = database;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().daemon().name("sightline-prediction-log").start(this::writeLoop);
    }

    /** Queues one prediction; never blocks. */
    public void record(Entry entry) {
        if (queue.offer(entry)) {
            accepted.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }

    public long dropped() {
        return dropped.get();
    }

    public long written() {
        return written.get();
    }

    public int backlog() {
        return queue.size();
    }

    /** Waits until everything queued so far is in the database; false if that took longer than {@code timeout}. */
    public boolean flush(Duration timeout) {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processed.get() < target) {
            if (System.nanoTime() > deadline || !writer.isAlive()) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public List<LoggedPrediction> recent(String deployment, int limit) {
        return database.read(c -> Sql.list(c, "SELECT * FROM prediction_log WHERE deployment = ? ORDER BY id DESC LIMIT ?",
                row -> new LoggedPrediction(row.getLong("id"), row.getString("deployment"),
                        new ModelRef(row.getString("model_name"), row.getInt("model_version")),
                        Sql.instant(row, "at"), Json.read(row.getString("inputs_json"), INPUTS),
                        row.getString("output"), row.getDouble("confidence"), row.getDouble("latency_us"),
                        null, null, Decision.ALLOW, null),
                deployment, limit));
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (!(closing && queue.isEmpty())) {
            try {
                Entry first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                insert(batch);
                written.addAndGet(batch.size());
                processed.addAndGet(batch.size());
            } catch (InterruptedException e) {
                closing = true;
            } catch (RuntimeException e) {
                // A failed batch is counted as dropped, and as processed so that flush() does not wait forever.
                LOG.error("Could not write {} predictions to the log", batch.size(), e);
                dropped.addAndGet(batch.size());
                processed.addAndGet(batch.size());
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Adds what else arrives within {@link #LINGER_NANOS} of the first entry, up to a full batch: each commit
     * rewrites the database pages it touches, so a few large commits cost far less than many small ones.
     */
    private void gather(List<Entry> batch) {
        long deadline = System.nanoTime() + LINGER_NANOS;
        while (batch.size() < BATCH) {
            queue.drainTo(batch, BATCH - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= BATCH || left <= 0 || closing) {
                return;
            }
            try {
                Entry next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
                batch.add(next);
            } catch (InterruptedException e) {
                closing = true; // write what was gathered, then stop as an interrupted poll does
                return;
            }
        }
    }

    private void insert(List<Entry> batch) {
        database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO prediction_log (deployment, model_name, "
                    + "model_version, at, inputs_json, output, confidence, latency_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry entry : batch) {
                    Sql.bind(insert, entry.deployment(), entry.model().model(), entry.model().version(), entry.at(),
                            Json.write(entry.inputs()), entry.output(),
                            Double.isNaN(entry.confidence()) ? null : entry.confidence(), entry.latencyMicros());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.sightline.engine.data;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Profiles batches of records on a thread of its own while the calling thread scans the next ones: with the
 * read-ahead thread hashing, reading, scanning and profiling then use both cores of a small machine. A fixed
 * number of batches and of parser buffers go round between the two threads, so memory stays bounded and
 * whichever side is faster waits for the other. Each column's profiler sees its values in file order, so the
 * profiles are exactly those of a single-threaded pass.
 */
final class ProfilingStage implements AutoCloseable {
    /** About half a megabyte of cell positions and values per batch. */
    static final int BATCH_CELLS = 32 * 1024;
    private static final int BATCHES = 3;
    /** Buffers besides the parser's own; each batch points into one of them. */
    private static final int SPARE_BUFFERS = 2;

    private final ColumnProfiler[] profilers;
    private final BlockingQueue<RecordBatch> filled = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<RecordBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<byte[]> freeBuffers = new ArrayBlockingQueue<>(SPARE_BUFFERS + BATCHES + 1);
    private final RecordBatch end;
    private final Thread worker;
    private volatile Throwable failure;

    /** Starts profiling with {@code profilers}, one per column, for a parser whose buffers hold {@code bufferSize} bytes. */
    ProfilingStage(ColumnProfiler[] profilers, int bufferSize, int batchCells) {
        this.profilers = profilers;
        for (int i = 0; i < BATCHES; i++) {
            free.add(RecordBatch.forCells(profilers.length, batchCells));
        }
        for (int i = 0; i < SPARE_BUFFERS; i++) {
            freeBuffers.add(new byte[bufferSize]);
        }
        end = new RecordBatch(1, 1);
        worker = Thread.ofPlatform().daemon().name("csv-profile").start(this::profileAll);
    }

    /** A batch to fill, once the profiling thread is done with it. */
    RecordBatch freeBatch() {
        return take(free);
    }

    /** A buffer for the parser to go on in, once no batch in flight points into it. */
    byte[] freeBuffer() {
        return take(freeBuffers);
    }

    /** Hands {@code batch} over for profiling; the caller must not touch it until {@link #freeBatch()} returns it. */
    void submit(RecordBatch batch) {
        try {
            filled.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing over rows to profile", e);
        }
    }

    /** Waits until every batch handed over is profiled. */
    void finish() {
        submit(end);
        join();
        if (failure != null) {
            throw new IllegalStateException("Profiling the columns failed", failure);
        }
    }

    /** Stops the profiling thread if it still runs (the file was refused half way). */
    @Override
    public void close() {
        worker.interrupt();
        join();
    }

    private void profileAll() {
        try {
            while (true) {
                RecordBatch batch = filled.take();
                if (batch == end) {
                    return;
                }
                if (failure == null) {
                    try {
                        profile(batch);
                    } catch (RuntimeException | Error e) {
                        // keep taking batches, so the scanning thread never waits for one forever
                        failure = e;
                    }
                }
                if (batch.releasesBuffer()) {
                    freeBuffers.put(batch.bytes());
                }
                batch.begin(null);
                free.put(batch);
            }
        } catch (InterruptedException e) {
            // closed before the end: nobody waits for the profiles
        }
    }

    private void profile(RecordBatch batch) {
        for (int c = 0; c < profilers.length; c++) {
            profilers[c].accept(batch, c);
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the profiling thread", e);
        }
    }
}

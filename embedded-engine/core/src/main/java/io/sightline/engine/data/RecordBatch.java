package io.sightline.engine.data;

/**
 * Consecutive records of a CSV file laid out column by column, as the scanning thread hands them to the
 * profiling thread: for cell (row, column) at index {@code column * capacity + row}, where its bytes start and
 * end in {@link #bytes()} and its value when it is a plain decimal (else NaN). Column-major, so profiling a
 * column is a loop over one stretch of doubles with that column's state alone in the cache.
 */
final class RecordBatch {
    private final int capacity;
    private final int[] starts;
    private final int[] ends;
    private final double[] numbers;
    private final long[] lines;
    private byte[] bytes;
    private int rows;
    private boolean lastOfBuffer;

    /** A batch of up to {@code capacity} rows of {@code width} cells. */
    RecordBatch(int width, int capacity) {
        this.capacity = capacity;
        this.starts = new int[width * capacity];
        this.ends = new int[width * capacity];
        this.numbers = new double[width * capacity];
        this.lines = new long[capacity];
    }

    /** As many rows as fit in about {@code cells} cells, at least one. */
    static RecordBatch forCells(int width, int cells) {
        return new RecordBatch(width, Math.max(1, cells / width));
    }

    void begin(byte[] buffer) {
        bytes = buffer;
        rows = 0;
        lastOfBuffer = false;
    }

    void end(int filledRows) {
        rows = filledRows;
    }

    int capacity() {
        return capacity;
    }

    int rows() {
        return rows;
    }

    byte[] bytes() {
        return bytes;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    double[] numbers() {
        return numbers;
    }

    /** The line of the file each row starts on. */
    long[] lines() {
        return lines;
    }

    /** Marks this batch as the last to use its buffer, which is free again once the batch is profiled. */
    void releaseBufferAfter() {
        lastOfBuffer = true;
    }

    boolean releasesBuffer() {
        return lastOfBuffer;
    }
}

package io.sightline.engine.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A uniform random sample of at most {@code capacity} numbers from a stream (reservoir sampling, Li's
 * algorithm L, which draws random numbers only when it replaces a value). Seeded, so the same stream always
 * gives the same sample. While the stream is no longer than the capacity, the sample is the whole stream.
 */
final class NumberSample {
    private final double[] values;
    private final SplittableRandom random;
    private int size;
    private long seen;
    private long nextReplacement;
    private double w;

    NumberSample(int capacity, long seed) {
        this.values = new double[capacity];
        this.random = new SplittableRandom(seed);
    }

    void add(double value) {
        int capacity = values.length;
        if (size < capacity) {
            values[size++] = value;
            if (size == capacity) {
                w = Math.exp(Math.log(uniform()) / capacity);
                nextReplacement = seen + skip() + 1;
            }
        } else if (seen == nextReplacement) {
            values[random.nextInt(capacity)] = value;
            w *= Math.exp(Math.log(uniform()) / capacity);
            nextReplacement = seen + skip() + 1;
        }
        seen++;
    }

    /** Adds {@code stream[from, to)}, as {@link #add} one by one would, skipping straight to the values it keeps. */
    void addAll(double[] stream, int from, int to) {
        int i = from;
        while (i < to && size < values.length) {
            add(stream[i++]);
        }
        if (size < values.length) {
            return;
        }
        long end = seen + (to - i);
        while (nextReplacement < end) {
            values[random.nextInt(values.length)] = stream[i + (int) (nextReplacement - seen)];
            w *= Math.exp(Math.log(uniform()) / values.length);
            nextReplacement += skip() + 1;
        }
        seen = end;
    }

    /** Whether every value of the stream is in the sample. */
    boolean isComplete() {
        return seen == size;
    }

    boolean isFull() {
        return size == values.length;
    }

    /** The sampled values, sorted. */
    double[] sorted() {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /**
     * The {@code p}-quantile of sorted {@code values} by linear interpolation between the closest ranks
     * (the default of NumPy and R, "type 7").
     */
    static double quantile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    private long skip() {
        // Math.log is an intrinsic and log1p is not; 1 - w loses only digits a random skip does not need
        return (long) Math.floor(Math.log(uniform()) / Math.log(1 - w));
    }

    /** A uniform number in (0, 1], never 0, whose logarithm is finite. */
    private double uniform() {
        return 1.0 - random.nextDouble();
    }
}

package io.sightline.engine.monitor;

import io.sightline.engine.api.Histogram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of scores in {@value #BINS} equal bins over {@code [low, high]}; scores outside go to the first or last
 * bin. Counts over another range are merged by the centre of each of their bins.
 */
final class ScoreCounts {
    static final int BINS = 20;

    private final double low;
    private final double high;
    private final long[] counts;

    /** The stored form. */
    record Stored(double low, double high, long[] counts) {
    }

    ScoreCounts(double low, double high) {
        this(low, high, new long[BINS]);
    }

    private ScoreCounts(double low, double high, long[] counts) {
        this.low = low;
        this.high = high > low ? high : low + 1;
        this.counts = counts;
    }

    static ScoreCounts of(Stored stored) {
        return stored == null ? null : new ScoreCounts(stored.low(), stored.high(), stored.counts().clone());
    }

    Stored stored() {
        return new Stored(low, high, counts.clone());
    }

    ScoreCounts emptyCopy() {
        return new ScoreCounts(low, high, new long[counts.length]);
    }

    void add(double score) {
        add(score, 1);
    }

    private void add(double score, long count) {
        if (Double.isNaN(score)) {
            return;
        }
        int bin = (int) Math.floor((score - low) / (high - low) * counts.length);
        counts[Math.max(0, Math.min(counts.length - 1, bin))] += count;
    }

    void merge(ScoreCounts other) {
        if (other.low == low && other.high == high && other.counts.length == counts.length) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            return;
        }
        double width = (other.high - other.low) / other.counts.length;
        for (int i = 0; i < other.counts.length; i++) {
            if (other.counts[i] > 0) {
                add(other.low + (i + 0.5) * width, other.counts[i]);
            }
        }
    }

    long total() {
        return Arrays.stream(counts).sum();
    }

    Histogram histogram() {
        List<Double> edges = new ArrayList<>(counts.length + 1);
        for (int i = 0; i <= counts.length; i++) {
            edges.add(i == counts.length ? high : low + (high - low) * i / counts.length);
        }
        return new Histogram(edges, Arrays.stream(counts).boxed().toList());
    }
}

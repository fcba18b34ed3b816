package io.sightline.engine.data;

import io.sightline.engine.api.Histogram;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of a stream of numbers in 1024 fine bins of equal width, whose range doubles whenever a value falls
 * outside it (merging neighbouring bins, so counts stay exact). At the end the fine bins are spread over the
 * wanted number of bins between the minimum and the maximum: a fine bin that straddles a boundary is shared in
 * proportion to its overlap, so each final count may be off by part of one fine bin at each of its edges; the
 * total is exact.
 */
final class RunningHistogram {
    private static final int FINE = 1024;
    private long[] counts = new long[FINE];
    private double low;
    private double width;
    private double inverse;
    private boolean overflowed;

    RunningHistogram(double min, double max) {
        double span = max - min;
        if (!(span > 0)) {
            span = Math.max(Math.abs(min), 1.0) * 1e-9;
        }
        low = min;
        width = span / (FINE - 1);
        inverse = 1 / width;
    }

    void add(double value) {
        double position = (value - low) * inverse;
        if (position >= 0 && position < FINE) {
            counts[(int) position]++;
        } else {
            widenFor(value);
        }
    }

    private void widenFor(double value) {
        double position = (value - low) * inverse;
        while (!(position >= 0 && position < FINE)) {
            if (overflowed || !Double.isFinite(width * 2 * FINE)) {
                overflowed = true; // values spanning most of the double range: no histogram
                return;
            }
            long[] merged = new long[FINE];
            if (position < 0) {
                for (int i = 0; i < FINE; i++) {
                    merged[FINE / 2 + i / 2] += counts[i];
                }
                low -= FINE * width;
            } else {
                for (int i = 0; i < FINE; i++) {
                    merged[i / 2] += counts[i];
                }
            }
            counts = merged;
            width *= 2;
            inverse = 1 / width;
            position = (value - low) * inverse;
        }
        counts[(int) position]++;
    }

    /** {@code bins} bins of equal width from {@code min} to {@code max}; null if the values spanned too much. */
    Histogram toHistogram(double min, double max, int bins) {
        if (overflowed) {
            return null;
        }
        if (!(max > min)) {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return new Histogram(List.of(min, max), List.of(total));
        }
        double[] shares = new double[bins];
        double binWidth = (max - min) / bins;
        for (int j = 0; j < FINE; j++) {
            if (counts[j] == 0) {
                continue;
            }
            double from = Math.max(low + j * width, min);
            double to = Math.min(low + (j + 1) * width, max);
            if (!(to > from)) {
                shares[binOf(Math.min(from, max), min, binWidth, bins)] += counts[j];
                continue;
            }
            int first = binOf(from, min, binWidth, bins);
            int last = binOf(to, min, binWidth, bins);
            for (int k = first; k <= last; k++) {
                double overlap = Math.min(to, min + (k + 1) * binWidth) - Math.max(from, min + k * binWidth);
                if (overlap > 0) {
                    shares[k] += counts[j] * overlap / (to - from);
                }
            }
        }
        return new Histogram(edges(min, max, bins), roundKeepingTotal(shares));
    }

    /** Exact counts of {@code values} in {@code bins} equal bins from {@code min} to {@code max}. */
    static Histogram exact(double[] values, double min, double max, int bins) {
        if (!(max > min)) {
            return new Histogram(List.of(min, max), List.of((long) values.length));
        }
        long[] counts = new long[bins];
        double binWidth = (max - min) / bins;
        for (double v : values) {
            counts[binOf(v, min, binWidth, bins)]++;
        }
        List<Long> list = new ArrayList<>(bins);
        for (long c : counts) {
            list.add(c);
        }
        return new Histogram(edges(min, max, bins), list);
    }

    private static int binOf(double value, double min, double binWidth, int bins) {
        int bin = (int) ((value - min) / binWidth);
        return Math.max(0, Math.min(bins - 1, bin));
    }

    private static List<Double> edges(double min, double max, int bins) {
        List<Double> edges = new ArrayList<>(bins + 1);
        for (int k = 0; k < bins; k++) {
            edges.add(min + k * (max - min) / bins);
        }
        edges.add(max);
        return edges;
    }

    /** Rounds the shares to whole counts whose sum is the rounded total (largest remainders get the rest). */
    private static List<Long> roundKeepingTotal(double[] shares) {
        long[] rounded = new long[shares.length];
        double total = 0;
        long sum = 0;
        for (int k = 0; k < shares.length; k++) {
            total += shares[k];
            rounded[k] = (long) Math.floor(shares[k]);
            sum += rounded[k];
        }
        long rest = Math.round(total) - sum;
        while (rest > 0) {
            int best = 0;
            double bestRemainder = -1;
            for (int k = 0; k < shares.length; k++) {
                double remainder = shares[k] - rounded[k];
                if (remainder > bestRemainder) {
                    best = k;
                    bestRemainder = remainder;
                }
            }
            rounded[best]++;
            shares[best] = rounded[best];
            rest--;
        }
        List<Long> list = new ArrayList<>(shares.length);
        for (long c : rounded) {
            list.add(c);
        }
        return list;
    }
}

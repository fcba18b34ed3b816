package io.sightline.engine.monitor.drift;

import java.util.Arrays;

/**
 * The values of one numeric sample, missing ones (NaN, and infinities as Evidently treats them) left out,
 * sorted ascending once so that every statistic can walk them in order. The array is never copied out: callers
 * must not change what {@link #values()} returns.
 */
public final class SortedSample {
    private static final double[] NONE = new double[0];

    private final double[] values;
    private volatile double populationStd = Double.NaN;

    private SortedSample(double[] values) {
        this.values = values;
    }

    /** The finite values of {@code values}, sorted; the argument is left as it was. */
    public static SortedSample of(double[] values) {
        int finite = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                finite++;
            }
        }
        double[] kept = new double[finite];
        int at = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                kept[at++] = value;
            }
        }
        Arrays.sort(kept); // vectorised on current JDKs: about 20 ms for a million values
        return new SortedSample(kept);
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The sorted values; shared, not to be modified. */
    public double[] values() {
        return values;
    }

    public double min() {
        return values[0];
    }

    public double max() {
        return values[values.length - 1];
    }

    /** The standard deviation with divisor n (NumPy's {@code std}), computed once. */
    public double populationStd() {
        double std = populationStd;
        if (Double.isNaN(std)) {
            std = computeStd();
            populationStd = std;
        }
        return std;
    }

    /** How many different values there are, counting no further than {@code limit}. */
    public int distinctUpTo(int limit) {
        return DistinctValues.count(values, NONE, limit);
    }

    private double computeStd() {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        CompensatedSum sum = new CompensatedSum();
        for (double value : values) {
            sum.add(value);
        }
        double mean = sum.value() / n;
        CompensatedSum squares = new CompensatedSum();
        for (double value : values) {
            double deviation = value - mean;
            squares.add(deviation * deviation);
        }
        return Math.sqrt(squares.value() / n);
    }
}

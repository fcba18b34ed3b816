package io.sightline.engine.monitor.drift;

/** Positions in sorted arrays, as NumPy's {@code searchsorted} finds them. */
final class Samples {
    private Samples() {
    }

    /** How many values of {@code sorted} are below {@code value} ({@code searchsorted(side='left')}). */
    static int countBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How many values of {@code sorted} are at most {@code value} ({@code searchsorted(side='right')}). */
    static int countAtMost(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first position from {@code from} on whose value is above {@code value}, walking forward. */
    static int skipPast(double[] sorted, int from, double value) {
        int at = from;
        while (at < sorted.length && sorted[at] <= value) {
            at++;
        }
        return at;
    }
}

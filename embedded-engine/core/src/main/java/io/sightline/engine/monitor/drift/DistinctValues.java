package io.sightline.engine.monitor.drift;

/** Distinct values of sorted samples, walked together as one merged sample. */
final class DistinctValues {
    private DistinctValues() {
    }

    /** How many different values {@code a} and {@code b} (both sorted) hold together, counting no further than {@code limit}. */
    static int count(double[] a, double[] b, int limit) {
        int i = 0;
        int j = 0;
        int distinct = 0;
        while ((i < a.length || j < b.length) && distinct < limit) {
            double next = Math.min(i < a.length ? a[i] : Double.POSITIVE_INFINITY,
                    j < b.length ? b[j] : Double.POSITIVE_INFINITY);
            distinct++;
            i = Samples.skipPast(a, i, next);
            j = Samples.skipPast(b, j, next);
        }
        return distinct;
    }
}

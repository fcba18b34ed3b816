package io.sightline.engine.monitor.drift;

/**
 * The first Wasserstein distance between two samples (SciPy's {@code wasserstein_distance}): the area between
 * their empirical distribution functions, walked once over both sorted samples. Evidently divides it by the
 * reference's standard deviation, at least 0.001, so that it reads in standard deviations.
 */
final class Wasserstein {
    /** The smallest divisor of the normalised distance, so that a constant reference does not divide by zero. */
    static final double STD_FLOOR = 0.001;

    private Wasserstein() {
    }

    static double normed(SortedSample reference, SortedSample current) {
        return distance(reference.values(), current.values()) / Math.max(reference.populationStd(), STD_FLOOR);
    }

    static double distance(double[] u, double[] v) {
        int n = u.length;
        int m = v.length;
        double x = Math.min(u[0], v[0]);
        int i = Samples.skipPast(u, 0, x);
        int j = Samples.skipPast(v, 0, x);
        CompensatedSum area = new CompensatedSum();
        while (i < n || j < m) {
            double next = Math.min(i < n ? u[i] : Double.POSITIVE_INFINITY, j < m ? v[j] : Double.POSITIVE_INFINITY);
            area.add(Math.abs((double) i / n - (double) j / m) * (next - x));
            x = next;
            i = Samples.skipPast(u, i, x);
            j = Samples.skipPast(v, j, x);
        }
        return area.value();
    }
}

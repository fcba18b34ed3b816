package io.sightline.engine.monitor.drift;

/**
 * What the empirical distribution functions of two sorted samples say about each other, from one walk over both:
 * the Kolmogorov-Smirnov statistic D (the largest gap between them, taken after each run of equal values as
 * SciPy's {@code ks_2samp} does) and the first Wasserstein distance (the area between them, SciPy's
 * {@code wasserstein_distance}).
 */
record EmpiricalDistributions(double ksStatistic, double wasserstein) {

    /** The smallest divisor of the normalised Wasserstein distance, so that a constant reference does not divide by zero. */
    static final double STD_FLOOR = 0.001;
    /** Area pieces are added plainly in blocks this long, and the block sums with compensation. */
    private static final int BLOCK = 256;

    static EmpiricalDistributions compare(double[] u, double[] v) {
        int n = u.length;
        int m = v.length;
        double x = Math.min(u[0], v[0]);
        int i = Samples.skipPast(u, 0, x);
        int j = Samples.skipPast(v, 0, x);
        // the gaps are i/n - j/m divided as SciPy divides, so that D is the same to the last bit
        double gap = (double) i / n - (double) j / m;
        double above = Math.max(0, gap);
        double below = Math.max(0, -gap);
        CompensatedSum area = new CompensatedSum();
        double block = 0;
        int inBlock = 0;
        while (i < n || j < m) {
            double a = i < n ? u[i] : Double.POSITIVE_INFINITY;
            double b = j < m ? v[j] : Double.POSITIVE_INFINITY;
            double next = a < b ? a : b;
            block += (gap < 0 ? -gap : gap) * (next - x);
            if (++inBlock == BLOCK) {
                area.add(block);
                block = 0;
                inBlock = 0;
            }
            x = next;
            while (i < n && u[i] == next) {
                i++;
            }
            while (j < m && v[j] == next) {
                j++;
            }
            gap = (double) i / n - (double) j / m;
            above = gap > above ? gap : above;
            below = -gap > below ? -gap : below;
        }
        area.add(block);
        return new EmpiricalDistributions(Math.max(above, below), area.value());
    }

    /** Evidently's normalised Wasserstein distance: in standard deviations of the reference (at least 0.001). */
    double wassersteinNormed(SortedSample reference) {
        return wasserstein / Math.max(reference.populationStd(), STD_FLOOR);
    }
}

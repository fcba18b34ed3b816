package io.sightline.engine.monitor.drift;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * How many reference and current values fall in each bin or category, aligned bin by bin, and the statistics
 * Evidently computes from them: PSI, Jensen-Shannon distance and Pearson's chi-square.
 *
 * <p>Bins as Evidently makes them: a numeric column whose reference holds more than 20 different values is cut
 * into Sturges bins of equal width between the smallest and largest value of both samples (NumPy's
 * {@code histogram_bin_edges(..., bins="sturges")}, the last bin closed); anything else is counted per value,
 * over the values of both samples.
 */
public final class Frequencies {
    /** Reference values a numeric column needs to be binned rather than counted per value. */
    static final int BINNED_ABOVE = 20;

    private final long[] reference;
    private final long[] current;

    Frequencies(long[] reference, long[] current) {
        this.reference = reference;
        this.current = current;
    }

    /** Binned (or per-value) counts of two numeric samples, as Evidently's {@code get_binned_data}. */
    public static Frequencies ofNumbers(SortedSample reference, SortedSample current) {
        return reference.distinctUpTo(BINNED_ABOVE + 1) > BINNED_ABOVE
                ? sturges(reference.values(), current.values())
                : perValue(reference.values(), current.values());
    }

    /** Counts per value of two sorted samples, over the values of both. */
    public static Frequencies perValue(double[] reference, double[] current) {
        int distinct = DistinctValues.count(reference, current, Integer.MAX_VALUE);
        long[] a = new long[distinct];
        long[] b = new long[distinct];
        int i = 0;
        int j = 0;
        for (int k = 0; k < distinct; k++) {
            double next = Math.min(i < reference.length ? reference[i] : Double.POSITIVE_INFINITY,
                    j < current.length ? current[j] : Double.POSITIVE_INFINITY);
            int ni = Samples.skipPast(reference, i, next);
            int nj = Samples.skipPast(current, j, next);
            a[k] = ni - i;
            b[k] = nj - j;
            i = ni;
            j = nj;
        }
        return new Frequencies(a, b);
    }

    /** Counts per category, over the categories of both samples. */
    public static Frequencies ofCategories(CategoryCounts reference, CategoryCounts current) {
        int unseen = 0;
        for (int k = 0; k < current.size(); k++) {
            if (!reference.contains(current.category(k))) {
                unseen++;
            }
        }
        long[] a = new long[reference.size() + unseen];
        long[] b = new long[a.length];
        for (int k = 0; k < reference.size(); k++) {
            a[k] = reference.count(k);
            b[k] = current.countOf(reference.category(k));
        }
        int at = reference.size();
        for (int k = 0; k < current.size(); k++) {
            if (!reference.contains(current.category(k))) {
                b[at++] = current.count(k);
            }
        }
        return new Frequencies(a, b);
    }

    private static Frequencies sturges(double[] reference, double[] current) {
        double first = Math.min(reference[0], current[0]);
        double last = Math.max(reference[reference.length - 1], current[current.length - 1]);
        double range = last - first;
        // the same operations as NumPy, so that the bin count and edges are the same to the last bit
        double width = range / (log2((long) reference.length + current.length) + 1.0);
        int bins = (int) Math.ceil(range / width);
        double step = range / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last;
        return new Frequencies(histogram(reference, edges), histogram(current, edges));
    }

    /** Exact for powers of two, where Sturges' bin count sits on a whole number and one ulp would change it. */
    private static double log2(long n) {
        return Long.bitCount(n) == 1 ? Long.numberOfTrailingZeros(n) : Math.log(n) / Math.log(2);
    }

    /** Values of {@code sorted} in each [edge, next edge), the last bin closed on the right. */
    private static long[] histogram(double[] sorted, double[] edges) {
        long[] counts = new long[edges.length - 1];
        int previous = Samples.countBelow(sorted, edges[0]);
        for (int i = 0; i < counts.length; i++) {
            int next = i == counts.length - 1 ? Samples.countAtMost(sorted, edges[i + 1])
                    : Samples.countBelow(sorted, edges[i + 1]);
            counts[i] = next - previous;
            previous = next;
        }
        return counts;
    }

    public int bins() {
        return reference.length;
    }

    /**
     * Population stability index: sum of (r - c) ln(r / c) over the shares of each bin, where an empty bin takes
     * a millionth of the smallest share (or 0.0001 when that is larger than 0.0001), as Evidently does.
     */
    public double psi() {
        double[] r = withoutZeroes(shares(reference));
        double[] c = withoutZeroes(shares(current));
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < r.length; i++) {
            sum.add((r[i] - c[i]) * Math.log(r[i] / c[i]));
        }
        return sum.value();
    }

    /** Jensen-Shannon distance (natural logarithm) between the two shares, as SciPy's {@code jensenshannon}. */
    public double jensenShannon() {
        double[] p = normalised(shares(reference));
        double[] q = normalised(shares(current));
        CompensatedSum left = new CompensatedSum();
        CompensatedSum right = new CompensatedSum();
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2.0;
            left.add(relativeEntropy(p[i], m));
            right.add(relativeEntropy(q[i], m));
        }
        return Math.sqrt((left.value() + right.value()) / 2.0);
    }

    /**
     * Pearson's chi-square of the current counts against the reference proportions scaled to the current size
     * (SciPy's {@code chisquare}): infinite with p = 0 when a category is absent from the reference, p undefined
     * (NaN) with one category in all.
     */
    public ChiSquare chiSquare() {
        double scale = (double) total(current) / total(reference);
        CompensatedSum sum = new CompensatedSum();
        for (int i = 0; i < reference.length; i++) {
            double expected = reference[i] * scale;
            double difference = current[i] - expected;
            sum.add(difference * difference / expected);
        }
        double statistic = sum.value();
        int freedom = reference.length - 1;
        double p = freedom < 1 || Double.isNaN(statistic) ? Double.NaN
                : ChiSquaredDistribution.of(freedom).survivalProbability(statistic);
        return new ChiSquare(statistic, p);
    }

    /** A chi-square statistic and its p-value. */
    public record ChiSquare(double statistic, double pValue) {
    }

    private static long total(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    private static double[] shares(long[] counts) {
        double total = total(counts);
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / total;
        }
        return shares;
    }

    private static double[] withoutZeroes(double[] shares) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double share : shares) {
            if (share != 0) {
                smallest = Math.min(smallest, share);
            }
        }
        double replacement = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] == 0) {
                shares[i] = replacement;
            }
        }
        return shares;
    }

    private static double[] normalised(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }

    /** x ln(x / y), 0 when x is 0 (SciPy's {@code rel_entr}). */
    private static double relativeEntropy(double x, double y) {
        if (x > 0 && y > 0) {
            return x * Math.log(x / y);
        }
        return x == 0 && y >= 0 ? 0 : Double.POSITIVE_INFINITY;
    }
}

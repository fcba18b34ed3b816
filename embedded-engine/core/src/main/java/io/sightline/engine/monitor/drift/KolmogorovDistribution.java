package io.sightline.engine.monitor.drift;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * {@code P(D_n >= d)} for the two-sided one-sample Kolmogorov-Smirnov statistic, as SciPy's {@code kstwo.sf}:
 * the distribution behind the asymptotic p-value of the two-sample test. Both follow Simard and L'Ecuyer (2011).
 *
 * <p>Apache Commons Statistics computes this distribution but offers it only through its one-sample test, so
 * that test is handed a sample whose statistic is exactly {@code d}: the methods change at thresholds of n d²,
 * and one unit in the last place of d can fall on the other side of one (they differ by up to 1e-7). One region is
 * computed here instead: for n above 140 and 2.2 &lt;= n d² &lt; 370 both libraries use Miller's
 * {@code 2 P(D+_n >= d)}, summing Birnbaum and Tingey's n terms one by one — about a second at n = 500 000,
 * too slow for a report over thirty columns. Those terms ({@code x/p · Binomial(n, p)} at v with
 * {@code p = d + v/n}) change smoothly over thousands of v when n is large, so their sum is taken on a grid of
 * every h-th term times h, halving h until two grids agree to 1e-13 (h = 1 is the exact sum). The binomial
 * probabilities come from Commons Statistics.
 */
final class KolmogorovDistribution {
    private static final int SMALL_N = 140;
    private static final double MILLER_FROM = 2.2;
    private static final double ZERO_FROM = 370;
    /** Terms below this share of the largest one are left out of the sum. */
    private static final double NEGLIGIBLE = 1e-20;
    private static final double AGREEMENT = 1e-13;

    private KolmogorovDistribution() {
    }

    static double sf(double d, int n) {
        if (n * d <= 0.5) {
            return 1;
        }
        double nxx = n * d * d;
        if (n > SMALL_N && nxx >= MILLER_FROM && nxx < ZERO_FROM && n * d < n - 1) {
            return Math.min(1, 2 * smirnovUpperTail(n, d));
        }
        if (n == 1) {
            return 2 - 2 * d; // below 1/n the distribution is Ruben and Gambino's 1 - n! (2d - 1/n)^n
        }
        return commons(d, n);
    }

    /**
     * Commons' one-sample test on the values 0..n-1 under a CDF that is d at 0, where the empirical CDF is 0 just
     * before (a gap of exactly d), and halfway between the empirical steps elsewhere (gaps of 1/(2n) &lt; d).
     */
    private static double commons(double d, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        double size = n;
        return KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT)
                .test(values, x -> x == 0 ? d : (x + 0.5) / size).getPValue();
    }

    /** P(D+_n >= x): Birnbaum and Tingey's sum over v = 0..floor(n(1-x)). */
    static double smirnovUpperTail(int n, double x) {
        int last = (int) Math.floor(n * (1 - x));
        int peak = peak(n, x, last);
        double largest = term(n, x, peak);
        int step = Integer.highestOneBit(Math.max(1, (last + 1) / 1024));
        double sum = step * gridSum(n, x, last, peak, step, largest);
        while (step > 1) {
            int half = step / 2;
            // the finer grid: the points already summed and those halfway between them
            double finer = sum / 2 + half * gridSum(n, x, last, peak + half, step, largest);
            if (Math.abs(finer - sum) <= AGREEMENT * finer) {
                return finer;
            }
            sum = finer;
            step = half;
        }
        return sum;
    }

    /** Sum of the terms at start + k step, k = 0, ±1, ±2 ..., walking out until they become negligible. */
    private static double gridSum(int n, double x, int last, int start, int step, double largest) {
        CompensatedSum sum = new CompensatedSum();
        for (int v = start; v <= last; v += step) {
            double t = term(n, x, v);
            sum.add(t);
            if (t < NEGLIGIBLE * largest) {
                break;
            }
        }
        for (int v = start - step; v >= 0; v -= step) {
            double t = term(n, x, v);
            sum.add(t);
            if (t < NEGLIGIBLE * largest) {
                break;
            }
        }
        return sum.value();
    }

    /** Where the terms are largest, from a coarse look over all of them. */
    private static int peak(int n, double x, int last) {
        int best = 0;
        double bestTerm = -1;
        int points = Math.min(last, 256);
        for (int k = 0; k <= points; k++) {
            int v = (int) ((long) last * k / Math.max(1, points));
            double t = term(n, x, v);
            if (t > bestTerm) {
                bestTerm = t;
                best = v;
            }
        }
        return best;
    }

    /** x C(n, v) p^(v-1) (1-p)^(n-v) with p = x + v/n, written as x/p times a binomial probability. */
    private static double term(int n, double x, int v) {
        double p = x + (double) v / n;
        if (p >= 1) {
            return v == n ? x : 0;
        }
        return x / p * BinomialDistribution.of(n, p).probability(v);
    }
}

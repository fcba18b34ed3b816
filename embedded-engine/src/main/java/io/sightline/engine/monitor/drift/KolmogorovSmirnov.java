package io.sightline.engine.monitor.drift;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sample, two-sided Kolmogorov-Smirnov test on Apache Commons Statistics, with SciPy's choice of p-value
 * ({@code ks_2samp(method='auto')}): exact when neither sample has more than 10 000 values, else the asymptotic
 * one (the one-sample Kolmogorov distribution for n = round(nm / (n + m))). Ties are resolved as SciPy does, at
 * the end of each run of equal values.
 */
final class KolmogorovSmirnov {
    /** Largest sample for which SciPy's automatic method is exact (Commons' own AUTO stops one below). */
    static final int EXACT_UP_TO = 10_000;

    private KolmogorovSmirnov() {
    }

    /** The test's statistic D and its p-value; null when a sample has fewer than two values. */
    static Result test(SortedSample reference, SortedSample current) {
        boolean exact = Math.max(reference.size(), current.size()) <= EXACT_UP_TO;
        return test(reference, current, exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC);
    }

    static Result test(SortedSample reference, SortedSample current, PValueMethod method) {
        if (reference.size() < 2 || current.size() < 2) {
            return null;
        }
        // Commons copies and sorts both samples; on sorted input that is a linear pass, not a sort.
        KolmogorovSmirnovTest.TwoResult result = KolmogorovSmirnovTest.withDefaults().with(method)
                .test(reference.values(), current.values());
        return new Result(result.getStatistic(), result.getPValue());
    }

    /** D and its p-value. */
    record Result(double statistic, double pValue) {
    }
}

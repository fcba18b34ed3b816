package io.sightline.engine.monitor.drift;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sample, two-sided Kolmogorov-Smirnov test as SciPy's {@code ks_2samp(method='auto')}: the exact p-value
 * (Apache Commons Statistics) when neither sample has more than 10 000 values, else the asymptotic one,
 * {@code P(D_N >= d)} of the one-sample distribution for N = mn / (m + n) rounded half to even
 * ({@link KolmogorovDistribution}). Ties are taken at the end of each run of equal values, as SciPy does.
 */
final class KolmogorovSmirnov {
    /** Largest sample for which SciPy's automatic method is exact (Commons' own AUTO stops one below). */
    static final int EXACT_UP_TO = 10_000;

    private KolmogorovSmirnov() {
    }

    /** D and its p-value; null when a sample has fewer than two values. */
    static Result test(SortedSample reference, SortedSample current, EmpiricalDistributions walked) {
        boolean exact = Math.max(reference.size(), current.size()) <= EXACT_UP_TO;
        return exact ? test(reference, current, PValueMethod.EXACT)
                : asymptotic(reference, current, walked.ksStatistic());
    }

    /** D and its p-value by the given method ({@code EXACT} or {@code ASYMPTOTIC}); null as above. */
    static Result test(SortedSample reference, SortedSample current, PValueMethod method) {
        if (reference.size() < 2 || current.size() < 2) {
            return null;
        }
        if (method == PValueMethod.ASYMPTOTIC) {
            double d = EmpiricalDistributions.compare(reference.values(), current.values()).ksStatistic();
            return asymptotic(reference, current, d);
        }
        // Commons copies and sorts both samples; on sorted input that is a linear pass, not a sort.
        KolmogorovSmirnovTest.TwoResult result = KolmogorovSmirnovTest.withDefaults().with(method)
                .test(reference.values(), current.values());
        return new Result(result.getStatistic(), result.getPValue());
    }

    private static Result asymptotic(SortedSample reference, SortedSample current, double d) {
        if (reference.size() < 2 || current.size() < 2) {
            return null;
        }
        double m = Math.max(reference.size(), current.size());
        double n = Math.min(reference.size(), current.size());
        int effective = (int) Math.rint(m * n / (m + n));
        return new Result(d, KolmogorovDistribution.sf(d, effective));
    }

    /** D and its p-value. */
    record Result(double statistic, double pValue) {
    }
}

package io.sightline.engine.monitor.drift;

/**
 * Every drift statistic of a numeric column: Kolmogorov-Smirnov D and p-value (null when a side has fewer than
 * two values), the normalised Wasserstein distance, PSI and the Jensen-Shannon distance.
 */
public record NumericStatistics(Double ksStatistic, Double ksPValue, double wassersteinNormed, double psi,
                                double jensenShannon) {

    /** All of them, for two samples with at least one value each. */
    public static NumericStatistics of(SortedSample reference, SortedSample current) {
        EmpiricalDistributions walked = EmpiricalDistributions.compare(reference.values(), current.values());
        KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(reference, current, walked);
        Frequencies frequencies = Frequencies.ofNumbers(reference, current);
        return new NumericStatistics(ks == null ? null : ks.statistic(), ks == null ? null : ks.pValue(),
                walked.wassersteinNormed(reference), frequencies.psi(), frequencies.jensenShannon());
    }
}

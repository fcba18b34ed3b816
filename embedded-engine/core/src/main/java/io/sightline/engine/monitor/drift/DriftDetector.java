package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.FeatureDrift;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Compares columns of a current sample with their reference, choosing the test per column as Evidently does
 * (see {@link DriftSettings}). Every statistic that applies to the column's kind is computed, not only the one
 * that decides. A numeric column with at most five different values (in both samples together) is compared
 * as categories. Missing cells are counted and reported as shares; the tests see only the values present, and a
 * column with no value on one side is not tested (it does not drift, its score is NaN). Evidently uses a
 * two-sample z-test for two categories in a small reference; here chi-square decides there too.
 */
public final class DriftDetector {
    /** The name under which the drift of a model's predictions is reported. */
    public static final String PREDICTION_COLUMN = "(prediction)";
    /** A numeric column with no more different values than this is compared as categories. */
    static final int CATEGORIES_UP_TO = 5;

    private final DriftSettings settings;

    public DriftDetector(DriftSettings settings) {
        this.settings = settings;
    }

    public DriftSettings settings() {
        return settings;
    }

    /** Compares column {@code i} of {@code references} with {@code currents.apply(i)} for every i, on every core. */
    public List<FeatureDrift> compareAll(List<? extends ColumnSample> references, IntFunction<ColumnSample> currents) {
        return IntStream.range(0, references.size()).parallel()
                .mapToObj(i -> compare(references.get(i), currents.apply(i)))
                .toList();
    }

    /** The drift of one column; both samples must be of the same kind. */
    public FeatureDrift compare(ColumnSample reference, ColumnSample current) {
        boolean small = reference.present() <= settings.smallReferenceRows();
        if (reference instanceof ColumnSample.Numbers r && current instanceof ColumnSample.Numbers c) {
            if (r.values().isEmpty() || c.values().isEmpty()) {
                return untested(reference, current, true, small ? "ks" : "wasserstein");
            }
            if (DistinctValues.count(r.values().values(), c.values().values(), CATEGORIES_UP_TO + 1)
                    > CATEGORIES_UP_TO) {
                return numeric(reference, current, NumericStatistics.of(r.values(), c.values()), small);
            }
            return categorical(reference, current,
                    Frequencies.perValue(r.values().values(), c.values().values()), small);
        }
        if (reference instanceof ColumnSample.Categories r && current instanceof ColumnSample.Categories c) {
            if (r.counts().size() == 0 || c.counts().size() == 0) {
                return untested(reference, current, false, small ? "chisquare" : "jensenshannon");
            }
            return categorical(reference, current, Frequencies.ofCategories(r.counts(), c.counts()), small);
        }
        throw new IllegalArgumentException("Column " + reference.name() + " is numeric on one side only");
    }

    /**
     * The share of tested columns that drift, and whether that makes the dataset drift (at least
     * {@link DriftSettings#driftShare()} of them; never when no column could be tested).
     */
    public Verdict verdict(List<FeatureDrift> columns) {
        long tested = columns.stream().filter(f -> !Double.isNaN(f.score())).count();
        long drifted = columns.stream().filter(FeatureDrift::drifted).count();
        double share = tested == 0 ? 0 : (double) drifted / tested;
        return new Verdict(share, tested > 0 && share >= settings.driftShare());
    }

    /** Whether a dataset drifts, and the share of its columns that do. */
    public record Verdict(double driftShare, boolean datasetDrift) {
    }

    private FeatureDrift numeric(ColumnSample reference, ColumnSample current, NumericStatistics s, boolean small) {
        if (small) {
            double p = s.ksPValue() == null ? Double.NaN : s.ksPValue();
            return new FeatureDrift(reference.name(), true, "ks", p, settings.pValueThreshold(),
                    p < settings.pValueThreshold(), s.psi(), s.ksStatistic(), s.ksPValue(), null, null,
                    s.jensenShannon(), s.wassersteinNormed(), reference.missingShare(), current.missingShare());
        }
        double w = s.wassersteinNormed();
        return new FeatureDrift(reference.name(), true, "wasserstein", w, settings.distanceThreshold(),
                w >= settings.distanceThreshold(), s.psi(), s.ksStatistic(), s.ksPValue(), null, null,
                s.jensenShannon(), w, reference.missingShare(), current.missingShare());
    }

    private FeatureDrift categorical(ColumnSample reference, ColumnSample current, Frequencies frequencies,
                                     boolean small) {
        CategoricalStatistics s = CategoricalStatistics.of(frequencies);
        // one category in all leaves chi-square's p-value undefined: reported as null, and not a drift
        Double p = Double.isNaN(s.chiSquarePValue()) ? null : s.chiSquarePValue();
        String method = small ? "chisquare" : "jensenshannon";
        double score = small ? (p == null ? Double.NaN : p) : s.jensenShannon();
        boolean drifted = small ? score < settings.pValueThreshold() : score >= settings.distanceThreshold();
        return new FeatureDrift(reference.name(), false, method, score,
                small ? settings.pValueThreshold() : settings.distanceThreshold(), drifted, s.psi(), null, null,
                s.chiSquare(), p, s.jensenShannon(), null, reference.missingShare(), current.missingShare());
    }

    private FeatureDrift untested(ColumnSample reference, ColumnSample current, boolean numeric, String method) {
        double threshold = method.equals("ks") || method.equals("chisquare") ? settings.pValueThreshold()
                : settings.distanceThreshold();
        return new FeatureDrift(reference.name(), numeric, method, Double.NaN, threshold, false, null, null, null,
                null, null, null, null, reference.missingShare(), current.missingShare());
    }
}

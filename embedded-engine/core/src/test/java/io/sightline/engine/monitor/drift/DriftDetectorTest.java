package io.sightline.engine.monitor.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.PlatformException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {
    private final DriftDetector detector = new DriftDetector(DriftSettings.defaults());

    @Test
    void aSmallNumericReferenceIsJudgedByTheKsPValue() {
        double[] reference = normal(500, 0, 1);
        FeatureDrift same = detector.compare(numbers("amount", reference), numbers("amount", reference.clone()));
        assertThat(same.method()).isEqualTo("ks");
        assertThat(same.numeric()).isTrue();
        assertThat(same.ksStatistic()).isZero();
        assertThat(same.score()).isEqualTo(same.ksPValue()).isEqualTo(1.0);
        assertThat(same.drifted()).isFalse();
        assertThat(same.threshold()).isEqualTo(0.05);

        FeatureDrift shifted = detector.compare(numbers("amount", reference), numbers("amount", normal(300, 1, 1)));
        assertThat(shifted.score()).isLessThan(0.05);
        assertThat(shifted.drifted()).isTrue();
        // every numeric statistic is there, not only the deciding one; categorical ones are not
        assertThat(shifted.wassersteinNormed()).isGreaterThan(0.5);
        assertThat(shifted.psi()).isPositive();
        assertThat(shifted.jensenShannon()).isPositive();
        assertThat(shifted.chiSquare()).isNull();
        assertThat(shifted.chiSquarePValue()).isNull();
    }

    @Test
    void aLargeNumericReferenceIsJudgedByTheNormalisedWassersteinDistance() {
        double[] reference = normal(5_000, 10, 2);
        FeatureDrift slightly = detector.compare(numbers("x", reference), numbers("x", normal(4_000, 10.1, 2)));
        assertThat(slightly.method()).isEqualTo("wasserstein");
        assertThat(slightly.score()).isEqualTo(slightly.wassersteinNormed()).isLessThan(0.1);
        assertThat(slightly.drifted()).isFalse();
        assertThat(slightly.threshold()).isEqualTo(0.1);
        // a shift of half a standard deviation is a normalised distance of about 0.5
        FeatureDrift shifted = detector.compare(numbers("x", reference), numbers("x", normal(4_000, 11, 2)));
        assertThat(shifted.score()).isCloseTo(0.5, within(0.1));
        assertThat(shifted.drifted()).isTrue();
        assertThat(shifted.ksPValue()).isLessThan(1e-6);
    }

    @Test
    void categoriesAreJudgedByChiSquareOrJensenShannonByReferenceSize() {
        String[] reference = categories(800, new String[] {"a", "b", "c"}, new double[] {5, 3, 2});
        FeatureDrift small = detector.compare(texts("colour", reference),
                texts("colour", categories(500, new String[] {"a", "b", "c"}, new double[] {2, 3, 5})));
        assertThat(small.method()).isEqualTo("chisquare");
        assertThat(small.numeric()).isFalse();
        assertThat(small.score()).isEqualTo(small.chiSquarePValue()).isLessThan(0.05);
        assertThat(small.drifted()).isTrue();
        assertThat(small.ksStatistic()).isNull();
        assertThat(small.wassersteinNormed()).isNull();

        String[] large = categories(3_000, new String[] {"a", "b", "c"}, new double[] {5, 3, 2});
        FeatureDrift same = detector.compare(texts("colour", large), texts("colour", large.clone()));
        assertThat(same.method()).isEqualTo("jensenshannon");
        assertThat(same.score()).isZero();
        assertThat(same.drifted()).isFalse();
        FeatureDrift newCategory = detector.compare(texts("colour", large),
                texts("colour", categories(1_000, new String[] {"a", "d"}, new double[] {1, 1})));
        assertThat(newCategory.drifted()).isTrue();
        assertThat(newCategory.chiSquare()).isInfinite();
        assertThat(newCategory.chiSquarePValue()).isZero();
    }

    @Test
    void numbersWithAtMostFiveValuesAreComparedAsCategories() {
        double[] codes = new double[600];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i % 5;
        }
        FeatureDrift drift = detector.compare(numbers("grade", codes), numbers("grade", codes.clone()));
        assertThat(drift.numeric()).isFalse();
        assertThat(drift.method()).isEqualTo("chisquare");
        assertThat(drift.chiSquare()).isZero();
        assertThat(drift.chiSquarePValue()).isEqualTo(1.0);
        assertThat(drift.ksStatistic()).isNull();

        double[] sixValues = codes.clone();
        sixValues[0] = 5;
        assertThat(detector.compare(numbers("grade", codes), numbers("grade", sixValues)).numeric()).isTrue();
    }

    @Test
    void missingCellsAreCountedButLeftOutOfTheTests() {
        double[] reference = normal(400, 0, 1);
        double[] withGaps = Arrays.copyOf(reference, 500);
        Arrays.fill(withGaps, 400, 500, Double.NaN);
        double[] current = normal(200, 0.3, 1);
        FeatureDrift gaps = detector.compare(numbers("x", withGaps), numbers("x", current));
        FeatureDrift full = detector.compare(numbers("x", reference), numbers("x", current));
        assertThat(gaps.referenceMissing()).isEqualTo(0.2);
        assertThat(gaps.currentMissing()).isZero();
        assertThat(gaps.ksPValue()).isEqualTo(full.ksPValue());
        assertThat(gaps.psi()).isEqualTo(full.psi());

        double[] nothing = new double[50];
        Arrays.fill(nothing, Double.NaN);
        FeatureDrift empty = detector.compare(numbers("x", reference), numbers("x", nothing));
        assertThat(empty.currentMissing()).isEqualTo(1.0);
        assertThat(empty.score()).isNaN();
        assertThat(empty.drifted()).isFalse();
        assertThat(empty.ksPValue()).isNull();
    }

    @Test
    void theDatasetDriftsWhenTheConfiguredShareOfTestedColumnsDoes() {
        List<FeatureDrift> columns = List.of(drift("a", true), drift("b", true), drift("c", false),
                drift("d", false), drift("untested", false, Double.NaN));
        DriftDetector.Verdict half = detector.verdict(columns);
        assertThat(half.driftShare()).isEqualTo(0.5);
        assertThat(half.datasetDrift()).isTrue();
        DriftDetector.Verdict stricter = new DriftDetector(DriftSettings.defaults().withDriftShare(0.75))
                .verdict(columns);
        assertThat(stricter.driftShare()).isEqualTo(0.5);
        assertThat(stricter.datasetDrift()).isFalse();
        assertThat(detector.verdict(List.of()).datasetDrift()).isFalse();
        assertThatThrownBy(() -> DriftSettings.defaults().withDriftShare(0)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("share");
    }

    @Test
    void everyColumnIsComparedInOrderWhenRunInParallel() {
        List<ColumnSample> references = List.of(numbers("a", normal(100, 0, 1)), texts("b",
                categories(100, new String[] {"x", "y"}, new double[] {1, 1})), numbers("c", normal(100, 0, 1)));
        List<ColumnSample> currents = List.of(numbers("a", normal(80, 0, 1)), texts("b",
                categories(80, new String[] {"x", "y"}, new double[] {1, 1})), numbers("c", normal(80, 5, 1)));
        List<FeatureDrift> drifts = detector.compareAll(references, currents::get);
        assertThat(drifts).extracting(FeatureDrift::column).containsExactly("a", "b", "c");
        assertThat(drifts.get(2).drifted()).isTrue();
    }

    private static FeatureDrift drift(String column, boolean drifted) {
        return drift(column, drifted, drifted ? 0.001 : 0.5);
    }

    private static FeatureDrift drift(String column, boolean drifted, double score) {
        return new FeatureDrift(column, true, "ks", score, 0.05, drifted, null, null, score, null, null, null, null,
                0, 0);
    }

    private static ColumnSample numbers(String name, double[] values) {
        return ColumnSample.Numbers.of(name, values);
    }

    private static ColumnSample texts(String name, String[] values) {
        return ColumnSample.Categories.of(name, values);
    }

    private static double[] normal(int n, double mean, double sd) {
        SplittableRandom random = new SplittableRandom(n * 31L + (long) (mean * 1000));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller: a normal sample without a library
            values[i] = mean + sd * Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
                    * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return values;
    }

    private static String[] categories(int n, String[] names, double[] weights) {
        SplittableRandom random = new SplittableRandom(n * 17L + names.length);
        double total = Arrays.stream(weights).sum();
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * total;
            int k = 0;
            while (u >= weights[k] && k < weights.length - 1) {
                u -= weights[k++];
            }
            values[i] = names[k];
        }
        return values;
    }
}

package io.sightline.engine.monitor.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.PValueMethod;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every drift statistic and p-value against SciPy's, to 1e-9 (relative above 1): the vectors were written by
 * {@code tools/drift/make_expected.py} from samples it generated, and are read back here with those samples.
 */
class DriftStatisticsTest {
    private static final double TOLERANCE = 1e-9;
    private static final JsonNode DOCUMENT = read();

    static Stream<Arguments> numericCases() {
        return cases("numeric");
    }

    static Stream<Arguments> categoricalCases() {
        return cases("categorical");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericCases")
    void numericStatisticsMatchScipy(String name, JsonNode testCase) {
        SortedSample reference = SortedSample.of(numbers(testCase.get("reference")));
        SortedSample current = SortedSample.of(numbers(testCase.get("current")));
        JsonNode expected = testCase.get("expected");
        NumericStatistics statistics = NumericStatistics.of(reference, current);

        SoftAssertions softly = new SoftAssertions();
        close(softly, "KS statistic", statistics.ksStatistic(), expected.get("ks_statistic"));
        close(softly, "KS p-value", statistics.ksPValue(), expected.get("ks_p"));
        close(softly, "KS asymptotic p-value",
                KolmogorovSmirnov.test(reference, current, PValueMethod.ASYMPTOTIC).pValue(),
                expected.get("ks_p_asymptotic"));
        if (expected.has("ks_p_exact")) {
            close(softly, "KS exact p-value", KolmogorovSmirnov.test(reference, current, PValueMethod.EXACT).pValue(),
                    expected.get("ks_p_exact"));
        }
        close(softly, "normalised Wasserstein", statistics.wassersteinNormed(), expected.get("wasserstein_normed"));
        close(softly, "PSI", statistics.psi(), expected.get("psi"));
        close(softly, "Jensen-Shannon", statistics.jensenShannon(), expected.get("jensen_shannon"));
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categoricalCases")
    void categoricalStatisticsMatchScipy(String name, JsonNode testCase) {
        Frequencies frequencies = Frequencies.ofCategories(CategoryCounts.of(texts(testCase.get("reference"))),
                CategoryCounts.of(texts(testCase.get("current"))));
        JsonNode expected = testCase.get("expected");
        CategoricalStatistics statistics = CategoricalStatistics.of(frequencies);

        SoftAssertions softly = new SoftAssertions();
        close(softly, "chi-square", statistics.chiSquare(), expected.get("chi_square"));
        close(softly, "chi-square p-value", statistics.chiSquarePValue(), expected.get("chi_square_p"));
        close(softly, "PSI", statistics.psi(), expected.get("psi"));
        close(softly, "Jensen-Shannon", statistics.jensenShannon(), expected.get("jensen_shannon"));
        softly.assertAll();
    }

    @Test
    void theKolmogorovDistributionMatchesScipyInEveryRegion() {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (JsonNode point : DOCUMENT.get("kolmogorov")) {
            int n = point.get("n").asInt();
            double d = point.get("d").asDouble();
            double expected = point.get("sf").asDouble();
            double actual = KolmogorovDistribution.sf(d, n);
            softly.assertThat(Math.abs(actual - expected)).as("P(D_%d >= %s): %s against SciPy's %s", n, d, actual,
                    expected).isLessThanOrEqualTo(TOLERANCE);
            checked++;
        }
        softly.assertAll();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theVectorsCoverBothKindsAndBothKsMethods() {
        List<JsonNode> all = new ArrayList<>();
        DOCUMENT.get("cases").forEach(all::add);
        assertThat(all).filteredOn(c -> c.get("kind").asText().equals("numeric")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all).filteredOn(c -> c.get("kind").asText().equals("categorical")).hasSizeGreaterThanOrEqualTo(6);
        // the automatic method is asymptotic for some cases and exact for others
        assertThat(all).anySatisfy(c -> assertThat(c.get("expected").has("ks_p_exact")).isFalse());
        assertThat(all).anySatisfy(c -> assertThat(c.get("expected").has("ks_p_exact")).isTrue());
    }

    @Test
    void fewerThanTwoValuesOnASideLeaveKsOut() {
        NumericStatistics statistics = NumericStatistics.of(SortedSample.of(new double[] {1, 2, 3, 4, 5, 6, 7}),
                SortedSample.of(new double[] {2.5, Double.NaN}));
        assertThat(statistics.ksStatistic()).isNull();
        assertThat(statistics.ksPValue()).isNull();
        assertThat(statistics.wassersteinNormed()).isPositive();
    }

    @Test
    void missingAndInfiniteValuesAreLeftOutOfASample() {
        SortedSample sample = SortedSample.of(new double[] {3, Double.NaN, 1, Double.POSITIVE_INFINITY, 2});
        assertThat(sample.values()).containsExactly(1, 2, 3);
        assertThat(sample.populationStd()).isEqualTo(Math.sqrt(2.0 / 3));
        assertThat(sample.distinctUpTo(2)).isEqualTo(2);
    }

    private static void close(SoftAssertions softly, String what, Double actual, JsonNode expected) {
        double e = expected.asDouble();
        if (!Double.isFinite(e)) {
            // infinite chi-square (a category unseen in the reference), undefined p-value (one category)
            softly.assertThat(actual).as(what).isEqualTo(Double.valueOf(e));
            return;
        }
        softly.assertThat(actual).as(what).isNotNull();
        if (actual != null) {
            double allowed = TOLERANCE * Math.max(1, Math.abs(e));
            softly.assertThat(Math.abs(actual - e)).as("%s: %s against SciPy's %s", what, actual, e)
                    .isLessThanOrEqualTo(allowed);
        }
    }

    private static Stream<Arguments> cases(String kind) {
        List<Arguments> found = new ArrayList<>();
        for (JsonNode testCase : DOCUMENT.get("cases")) {
            if (testCase.get("kind").asText().equals(kind)) {
                found.add(Arguments.of(testCase.get("name").asText(), testCase));
            }
        }
        return found.stream();
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static String[] texts(JsonNode array) {
        String[] values = new String[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asText();
        }
        return values;
    }

    private static JsonNode read() {
        try (InputStream in = DriftStatisticsTest.class.getResourceAsStream("expected-statistics.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

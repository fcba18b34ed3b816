package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.AbTestVerdict.Outcome;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sizes, p-values and intervals against SciPy's, written by {@code tools/release/make_expected.py} (the
 * fixed-sample size with unpooled variances as in Chow, Shao and Wang, section 4.2), and the verdicts' words.
 */
class AbTestsTest {
    private static final double TOLERANCE = 1e-9;
    private static final JsonNode DOCUMENT = read();

    static Stream<Arguments> designs() {
        return cases("designs");
    }

    static Stream<Arguments> verdicts() {
        return cases("verdicts");
    }

    @Test
    void textbookCaseNeedsAbout3840OutcomesPerArm() {
        AbTestDesign design = AbTests.design(plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.02, 0.8, 0.1));

        assertThat(design.outcomesPerArm()).isEqualTo(3_839);
        assertThat(design.outcomesInAll()).isEqualTo(7_678);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void sizesMatchScipy(String name, JsonNode expected) {
        double confidence = expected.get("confidence").asDouble();
        double mde = expected.get("mde").asDouble();
        double power = expected.get("power").asDouble();
        double baseline = expected.get("baseline").asDouble();

        AbTestDesign fixed = AbTests.design(plan(AbTestMethod.FIXED_SAMPLE, confidence, mde, power, baseline));
        AbTestDesign sequential = AbTests.design(plan(AbTestMethod.SEQUENTIAL, confidence, mde, power, baseline));

        assertThat(fixed.outcomesPerArm()).isEqualTo(expected.get("fixed_per_arm").asLong());
        assertThat(sequential.outcomesPerArm()).isEqualTo(expected.get("sequential_per_arm").asLong());
        assertThat(sequential.outcomesInAll()).isEqualTo(2 * sequential.outcomesPerArm());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void pValuesAndIntervalsMatchScipy(String name, JsonNode expected) {
        double confidence = expected.get("confidence").asDouble();
        double mde = expected.get("mde").asDouble();
        long[] counts = {expected.get("successes_a").asLong(), expected.get("outcomes_a").asLong(),
                expected.get("successes_b").asLong(), expected.get("outcomes_b").asLong()};

        SoftAssertions softly = new SoftAssertions();
        for (AbTestMethod method : AbTestMethod.values()) {
            AbTestVerdict verdict = AbTests.verdict(plan(method, confidence, mde, 0.8, 0.3), counts[0], counts[1],
                    counts[2], counts[3]);
            JsonNode figures = expected.get(method == AbTestMethod.FIXED_SAMPLE ? "fixed" : "sequential");
            close(softly, method + " p-value", verdict.pValue(), figures.get("p").asDouble());
            close(softly, method + " lower", verdict.lower(), figures.get("lower").asDouble());
            close(softly, method + " upper", verdict.upper(), figures.get("upper").asDouble());
            softly.assertThat(verdict.difference()).as("difference")
                    .isCloseTo((double) counts[2] / counts[3] - (double) counts[0] / counts[1],
                            offset(1e-12));
        }
        softly.assertAll();
    }

    @Test
    void fixedSampleGivesNoVerdictBeforeThePlannedSize() {
        AbTestPlan plan = plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.02, 0.8, 0.7);
        long planned = AbTests.design(plan).outcomesPerArm();

        AbTestVerdict early = AbTests.verdict(plan, 700, 1_000, 800, 1_000);

        assertThat(early.pValue()).as("the figures are there").isLessThan(0.001);
        assertThat(early.outcome()).as("but no peeking").isEqualTo(Outcome.NO_DIFFERENCE_YET);
        assertThat(early.plannedPerArm()).isEqualTo(planned);
        assertThat(early.words()).isEqualTo("No difference yet: 1,000 of 8,077 planned outcomes per arm.");
    }

    @Test
    void fixedSampleNamesTheBetterArmOnceThePlanIsReached() {
        AbTestPlan plan = plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8, 0.7);

        AbTestVerdict bBetter = AbTests.verdict(plan, 2_960, 4_210, 3_120, 4_210);
        AbTestVerdict aBetter = AbTests.verdict(plan, 3_120, 4_210, 2_960, 4_210);

        assertThat(bBetter.outcome()).isEqualTo(Outcome.B_IS_BETTER);
        assertThat(bBetter.words()).isEqualTo("B is better: 74.1 % against 70.3 % of predictions correct"
                + " (difference +3.8 points, 95 % confidence from +1.9 to +5.7). 4,210 outcomes per arm.");
        assertThat(aBetter.outcome()).isEqualTo(Outcome.A_IS_BETTER);
        assertThat(aBetter.difference()).isNegative();
        assertThat(aBetter.words()).isEqualTo("A is better: 74.1 % against 70.3 % of predictions correct"
                + " (difference +3.8 points, 95 % confidence from +1.9 to +5.7). 4,210 outcomes per arm.");
    }

    @Test
    void fixedSampleSaysNoDifferenceFoundAtThePlannedSize() {
        AbTestPlan plan = new AbTestPlan(OutcomeMetric.POSITIVE_OUTCOME, AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8,
                0.7);

        AbTestVerdict verdict = AbTests.verdict(plan, 880, 1_250, 890, 1_260);

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DIFFERENCE_YET);
        assertThat(verdict.words()).isEqualTo("No difference found: B 70.6 % against A 70.4 % of outcomes positive"
                + " (difference +0.2 points, 95 % confidence from -3.3 to +3.8). 1,250 outcomes for A and 1,260 for B"
                + " of 1,248 planned: a difference, if any, is likely below 5 points.");
    }

    @Test
    void sequentialGivesItsVerdictWheneverItIsRead() {
        AbTestPlan plan = plan(AbTestMethod.SEQUENTIAL, 0.95, 0.02, 0.8, 0.7);

        AbTestVerdict verdict = AbTests.verdict(plan, 700, 1_000, 800, 1_000);

        assertThat(verdict.plannedPerArm()).isGreaterThan(1_000);
        assertThat(verdict.outcome()).isEqualTo(Outcome.B_IS_BETTER);
        assertThat(verdict.pValue()).isLessThan(0.05);
        assertThat(verdict.lower()).isPositive();
        assertThat(verdict.words()).startsWith("B is better: 80.0 % against 70.0 % of predictions correct");
    }

    @Test
    void sequentialIntervalIsWiderThanTheFixedOne() {
        AbTestVerdict fixed = AbTests.verdict(plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.02, 0.8, 0.7), 700, 1_000,
                720, 1_000);
        AbTestVerdict sequential = AbTests.verdict(plan(AbTestMethod.SEQUENTIAL, 0.95, 0.02, 0.8, 0.7), 700, 1_000,
                720, 1_000);

        assertThat(sequential.upper() - sequential.lower()).isGreaterThan(fixed.upper() - fixed.lower());
        assertThat(sequential.pValue()).isGreaterThan(fixed.pValue());
        assertThat(sequential.words()).isEqualTo("No difference yet: 1,000 of 15,652 planned outcomes per arm.");
    }

    @Test
    void withoutOutcomesTheRatesAreUnknownAndOutcomesAwaited() {
        for (AbTestMethod method : AbTestMethod.values()) {
            AbTestPlan plan = plan(method, 0.95, 0.05, 0.8, 0.7);

            AbTestVerdict none = AbTests.verdict(plan, 0, 0, 0, 0);
            AbTestVerdict onlyB = AbTests.verdict(plan, 0, 0, 9, 12);

            assertThat(none.outcome()).isEqualTo(Outcome.NO_DIFFERENCE_YET);
            assertThat(none.rateA()).isNaN();
            assertThat(none.difference()).isNaN();
            assertThat(none.pValue()).isNaN();
            assertThat(onlyB.rateB()).isEqualTo(0.75);
            assertThat(onlyB.outcome()).isEqualTo(Outcome.NO_DIFFERENCE_YET);
            assertThat(onlyB.words()).startsWith("Outcomes awaited: 0 for A and 12 for B of ")
                    .endsWith(" planned per arm.");
        }
    }

    @Test
    void identicalOutcomesGiveNoEvidence() {
        AbTestPlan plan = plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8, 0.7);

        AbTestVerdict allSuccesses = AbTests.verdict(plan, 2_000, 2_000, 2_000, 2_000);

        assertThat(allSuccesses.pValue()).isEqualTo(1.0);
        assertThat(allSuccesses.outcome()).isEqualTo(Outcome.NO_DIFFERENCE_YET);
    }

    @Test
    void impossibleCountsAreRefused() {
        AbTestPlan plan = plan(AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8, 0.7);

        assertThatThrownBy(() -> AbTests.verdict(plan, 11, 10, 5, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Arm A has 11 successes among 10");
    }

    static AbTestPlan plan(AbTestMethod method, double confidence, double mde, double power, double baseline) {
        return new AbTestPlan(OutcomeMetric.CORRECT, method, confidence, mde, power, baseline);
    }

    private static void close(SoftAssertions softly, String what, double actual, double expected) {
        softly.assertThat(Math.abs(actual - expected)).as("%s: %s against SciPy's %s", what, actual, expected)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
    }

    private static Stream<Arguments> cases(String kind) {
        return StreamSupport.stream(DOCUMENT.get(kind).spliterator(), false)
                .map(node -> Arguments.of(node.toString(), node));
    }

    private static JsonNode read() {
        try (InputStream in = AbTestsTest.class.getResourceAsStream("expected-ab-tests.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.PlatformException;
import org.junit.jupiter.api.Test;

class DecisionObjectiveTest {
    // scores of the positive class, highest first; the positives are the three highest but one
    private static final double[] SCORES = {0.45, 0.40, 0.35, 0.30, 0.20, 0.10, 0.05};
    private static final boolean[] POSITIVE = {true, true, false, true, false, false, false};

    @Test
    void accuracyMovesTheThresholdBelowOneHalfWhenTheScoresRunLow() {
        // at 0.5 nobody is flagged (4 of 7 right); flagging the top two gives 6 of 7, the top four 6 of 7 as well
        double threshold = DecisionObjective.accuracy().bestThreshold(SCORES, POSITIVE);
        assertThat(threshold).isEqualTo((0.40 + 0.35) / 2); // of the equally good cuts, the one nearest 0.5
        assertThat(flagged(threshold)).isEqualTo(2);
    }

    @Test
    void f1FlagsMoreCasesThanAccuracy() {
        double threshold = DecisionObjective.f1().bestThreshold(SCORES, POSITIVE);
        // top four: 3 found, 1 false alarm, F1 6/7, better than top two's 4/5
        assertThat(threshold).isEqualTo((0.30 + 0.20) / 2);
    }

    @Test
    void costlyMissesLowerTheThresholdFurther() {
        double threshold = DecisionObjective.cost(10, 1).bestThreshold(SCORES, POSITIVE);
        assertThat(flagged(threshold)).isEqualTo(4); // no positive missed; one false alarm costs less than a miss
        assertThat(DecisionObjective.cost(10, 1).higherIsBetter()).isFalse();
        assertThat(DecisionObjective.cost(10, 1).value(3, 1, 0, 7)).isEqualTo(1.0 / 7);
    }

    @Test
    void withoutEvidenceTheUsualThresholdStays() {
        double[] flat = {0.7, 0.7, 0.7};
        boolean[] mixed = {true, false, false};
        assertThat(DecisionObjective.accuracy().bestThreshold(flat, mixed)).isEqualTo(0.7 + Math.ulp(0.7));
        assertThat(DecisionObjective.accuracy().bestThreshold(new double[0], new boolean[0]))
                .isEqualTo(DecisionObjective.DEFAULT_THRESHOLD);
    }

    @Test
    void costsMustBeSensible() {
        assertThatThrownBy(() -> DecisionObjective.cost(-1, 1)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> DecisionObjective.cost(0, 0)).isInstanceOf(PlatformException.class);
    }

    private static int flagged(double threshold) {
        int n = 0;
        for (double s : SCORES) {
            n += s >= threshold ? 1 : 0;
        }
        return n;
    }
}

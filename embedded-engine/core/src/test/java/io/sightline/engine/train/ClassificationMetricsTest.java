package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.RocPoint;
import io.sightline.engine.api.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void binaryMetricsOfThePositiveClass() {
        // labels: 0 = "no", 1 = "yes" (positive); 3 true positives, 1 false positive, 1 false negative, 3 true negatives
        int[] actual = {1, 1, 1, 1, 0, 0, 0, 0};
        int[] predicted = {1, 1, 1, 0, 1, 0, 0, 0};
        double[][] scores = {{.1, .9}, {.2, .8}, {.3, .7}, {.6, .4}, {.35, .65}, {.7, .3}, {.8, .2}, {.9, .1}};
        Evaluation e = ClassificationMetrics.evaluate(Task.BINARY, List.of("no", "yes"), 1, actual, predicted, scores);
        assertThat(e.metric("accuracy")).isEqualTo(6 / 8.0);
        assertThat(e.metric("precision")).isEqualTo(3 / 4.0);
        assertThat(e.metric("recall")).isEqualTo(3 / 4.0);
        assertThat(e.metric("f1")).isCloseTo(0.75, within(1e-12));
        // pairs (positive, negative) ranked right: 4*4 = 16 pairs, wrong only (0.4 < 0.65): 15/16
        assertThat(e.metric("auc")).isEqualTo(15 / 16.0);
        assertThat(e.positiveLabel()).isEqualTo("yes");
        assertThat(e.confusion()).containsExactly(List.of(3L, 1L), List.of(1L, 3L));
        assertThat(e.roc().get(0)).extracting(RocPoint::falsePositiveRate, RocPoint::truePositiveRate)
                .containsExactly(0.0, 0.0);
        assertThat(e.roc().get(e.roc().size() - 1)).extracting(RocPoint::falsePositiveRate, RocPoint::truePositiveRate)
                .containsExactly(1.0, 1.0);
    }

    @Test
    void tiesCountHalfAndMissingScoresLeaveAucOut() {
        assertThat(ClassificationMetrics.auc(new double[] {.5, .5, .5, .5}, new boolean[] {true, false, true, false}))
                .isEqualTo(0.5);
        Evaluation e = ClassificationMetrics.evaluate(Task.BINARY, List.of("a", "b"), 0, new int[] {0, 1},
                new int[] {0, 0}, null);
        assertThat(e.metrics()).doesNotContainKey("auc");
        assertThat(e.roc()).isEmpty();
    }

    @Test
    void multiclassAveragesOverTheLabelsThatOccur() {
        int[] actual = {0, 0, 1, 1, 2, 2};
        int[] predicted = {0, 1, 1, 1, 2, 0};
        Evaluation e = ClassificationMetrics.evaluate(Task.MULTICLASS, List.of("a", "b", "c", "never"), -1, actual,
                predicted, null);
        // precision a=1/2, b=2/3, c=1; recall a=1/2, b=1, c=1/2
        assertThat(e.metric("precision")).isCloseTo((0.5 + 2 / 3.0 + 1) / 3, within(1e-12));
        assertThat(e.metric("recall")).isCloseTo((0.5 + 1 + 0.5) / 3, within(1e-12));
        assertThat(e.metric("accuracy")).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(e.positiveLabel()).isNull();
        assertThat(e.roc()).isEmpty();
    }

    @Test
    void rocCurvesAreThinnedToTwoHundredPointsKeepingBothEnds() {
        Random random = new Random(3);
        int n = 5000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextBoolean();
            scores[i] = random.nextDouble() + (positive[i] ? 0.3 : 0);
        }
        List<RocPoint> roc = ClassificationMetrics.roc(scores, positive);
        assertThat(roc).hasSize(ClassificationMetrics.MAX_ROC_POINTS);
        assertThat(roc.get(0).truePositiveRate()).isZero();
        assertThat(roc.get(roc.size() - 1).truePositiveRate()).isEqualTo(1.0);
        assertThat(roc).extracting(RocPoint::falsePositiveRate).isSorted();
        assertThat(roc).extracting(RocPoint::threshold).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void regressionMetrics() {
        Evaluation e = RegressionMetrics.evaluate(new double[] {1, 2, 3, 4}, new double[] {2, 2, 3, 2});
        assertThat(e.metric("mae")).isEqualTo(3 / 4.0);
        assertThat(e.metric("rmse")).isEqualTo(Math.sqrt(5 / 4.0));
        assertThat(e.metric("r2")).isCloseTo(1 - 5 / 5.0, within(1e-12));
    }
}

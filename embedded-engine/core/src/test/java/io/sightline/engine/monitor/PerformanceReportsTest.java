package io.sightline.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked example. Positive label "bad"; flagged = predicted bad or not allowed.
 * <pre>
 *  #  at      predicted decision score actual value   → case
 *  1  +1 min  bad       ALLOW    0.9   bad    100     TP, caught 100
 *  2  +1 min  good      REVIEW   0.6   bad     50     TP (flagged by a strategy), caught 50
 *  3  +1 min  good      ALLOW    0.4   bad     30     FN, missed 30
 *  4  +5 min  bad       ALLOW    0.7   good    20     FP, falsely flagged 20
 *  5  +5 min  good      ALLOW    0.2   good    10     TN
 *  6  +5 min  good      ALLOW    0.1   good     0     TN
 *  7  +5 min  good      ALLOW    0.5   -              not labelled
 *  8  -1 min  bad       ALLOW    0.9   bad    999     before the window
 * </pre>
 * precision 2/3, recall 2/3; AUC: positives {.9, .6, .4} against negatives {.7, .2, .1} win 3 + 2 + 2 of 9 pairs.
 */
class PerformanceReportsTest extends WithLoggedPredictions {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private void predict(int minute, String predicted, Decision decision, double score, String actual, double value) {
        String id = logged.log(T0.plusSeconds(60L * minute), Map.of("x", "1"), predicted, score, decision);
        if (actual != null) {
            logged.report(new Outcome(id, actual, value));
        }
    }

    private void handCheckedLog() {
        predict(1, "bad", Decision.ALLOW, 0.9, "bad", 100);
        predict(1, "good", Decision.REVIEW, 0.6, "bad", 50);
        predict(1, "good", Decision.ALLOW, 0.4, "bad", 30);
        predict(5, "bad", Decision.ALLOW, 0.7, "good", 20);
        predict(5, "good", Decision.ALLOW, 0.2, "good", 10);
        predict(5, "good", Decision.ALLOW, 0.1, "good", 0);
        predict(5, "good", Decision.ALLOW, 0.5, null, 0);
        predict(-1, "bad", Decision.ALLOW, 0.9, "bad", 999);
        logged.flush();
    }

    @Test
    void confusionMoneyAndMetricsFromTheOutcomesOfTheWindow() {
        handCheckedLog();
        PerformanceReport report = new PerformanceReports(logged.database, () -> T0.plus(Duration.ofMinutes(10)))
                .report(LoggedPredictions.DEPLOYMENT, Duration.ofMinutes(10), "bad");
        assertThat(report.positiveLabel()).isEqualTo("bad");
        assertThat(report.predictions()).isEqualTo(7);
        assertThat(report.labelled()).isEqualTo(6);
        assertThat(report.truePositives()).isEqualTo(2);
        assertThat(report.falsePositives()).isEqualTo(1);
        assertThat(report.trueNegatives()).isEqualTo(2);
        assertThat(report.falseNegatives()).isEqualTo(1);
        assertThat(report.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(report.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(report.auc()).isCloseTo(7 / 9.0, within(1e-12));
        assertThat(report.valueCaught()).isEqualTo(150);
        assertThat(report.valueMissed()).isEqualTo(30);
        assertThat(report.valueFalselyFlagged()).isEqualTo(20);

        // 10 minutes in 10-second buckets: minute 1 starts bucket 6, minute 5 bucket 30
        assertThat(report.resolution()).isEqualTo(Duration.ofSeconds(10));
        assertThat(report.series()).hasSize(60);
        PerformancePoint first = report.series().get(6);
        assertThat(first.start()).isEqualTo(T0.plusSeconds(60));
        assertThat(first.labelled()).isEqualTo(3);
        assertThat(first.precision()).isEqualTo(1.0);
        assertThat(first.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(first.valueCaught()).isEqualTo(150);
        assertThat(first.valueMissed()).isEqualTo(30);
        PerformancePoint later = report.series().get(30);
        assertThat(later.labelled()).isEqualTo(3);
        assertThat(later.precision()).isEqualTo(0.0);
        assertThat(later.recall()).isNull();
        assertThat(report.series().get(0).labelled()).isZero();
        assertThat(report.series().get(0).precision()).isNull();
    }

    @Test
    void withoutAPositiveLabelOnlyTheLabelledAreCounted() {
        handCheckedLog();
        PerformanceReport report = new PerformanceReports(logged.database, () -> T0.plus(Duration.ofMinutes(10)))
                .report(LoggedPredictions.DEPLOYMENT, Duration.ofMinutes(10), null);
        assertThat(report.labelled()).isEqualTo(6);
        assertThat(report.truePositives() + report.falsePositives() + report.trueNegatives()
                + report.falseNegatives()).isZero();
        assertThat(report.precision()).isNull();
        assertThat(report.recall()).isNull();
        assertThat(report.auc()).isNull();
    }

    @Test
    void withoutOutcomesThereAreNoMetrics() {
        logged.log(T0.plusSeconds(30), Map.of("x", "1"), "bad", 0.9, Decision.ALLOW);
        logged.flush();
        PerformanceReport report = new PerformanceReports(logged.database, () -> T0.plus(Duration.ofMinutes(10)))
                .report(LoggedPredictions.DEPLOYMENT, Duration.ofMinutes(10), "bad");
        assertThat(report.predictions()).isEqualTo(1);
        assertThat(report.labelled()).isZero();
        assertThat(report.precision()).isNull();
        assertThat(report.recall()).isNull();
        assertThat(report.auc()).isNull();
    }
}

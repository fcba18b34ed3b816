package io.sightline.app.workspace.risk;

import io.sightline.app.controls.ChartFrame;
import io.sightline.app.controls.Curve;
import io.sightline.app.workspace.RecentPeriod;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The monitor's arithmetic on a scripted hour, checked by hand. */
class MonitorSnapshotsTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void countsComeFromTheWindowsTotals() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.performance(HOUR, "yes"),
                RecentPeriod.ONE_HOUR);

        assertThat(s.predictions()).isEqualTo(570);
        assertThat(s.flagged()).isEqualTo(28);
        assertThat(s.blocked()).isEqualTo(10);
        assertThat(s.reviewed()).isEqualTo(3);
        assertThat(s.caught()).isEqualTo(12);
        assertThat(s.missed()).isEqualTo(3);
        assertThat(s.valueCaught()).isEqualTo(1500);
        assertThat(s.valueMissed()).isEqualTo(300);
        assertThat(s.labelled()).isEqualTo(40);
    }

    @Test
    void theRecentRateLeavesOutTheBucketStillFilling() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.performance(HOUR, "yes"),
                RecentPeriod.ONE_HOUR);

        // the newest complete bucket (09:59:50–10:00:00) alone spans ten seconds: 160 / 10 s
        assertThat(s.recentPerSecond()).isEqualTo(16.0);
    }

    @Test
    void trafficCurvesArePerSecondAtTheEndOfEachCompleteBucket() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.performance(HOUR, "yes"),
                RecentPeriod.ONE_HOUR);

        assertThat(s.traffic().curves()).extracting(Curve::name).containsExactly("All", "Flagged", "Blocked");
        Curve all = s.traffic().curves().get(0);
        assertThat(all.y()).containsExactly(10, 12, 14, 16);
        // the first bucket ends at 09:59:30, 35 s before the report's end at 10:00:05
        assertThat(all.x()[0]).isCloseTo(-35 / 60.0, within(1e-9));
        assertThat(all.x()[3]).isCloseTo(-5 / 60.0, within(1e-9));
        assertThat(s.traffic().curves().get(1).y()).containsExactly(0.5, 0.6, 0.7, 0.8);
        assertThat(s.traffic().curves().get(2).y()).containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(s.traffic().spanMinutes()).isEqualTo(60);
        assertThat(s.traffic().yMax()).as("16 × 1.1 rounded up to 2 × 10").isEqualTo(20);
    }

    @Test
    void moneyCurvesFollowThePerformanceSeries() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.performance(HOUR, "yes"),
                RecentPeriod.ONE_HOUR);

        assertThat(s.money().curves()).extracting(Curve::name).containsExactly("Caught", "Missed");
        assertThat(s.money().curves().get(0).y()).containsExactly(1000, 500);
        assertThat(s.money().curves().get(1).y()).containsExactly(100, 200);
        assertThat(s.money().curves().get(0).x()[1]).isCloseTo(-5 / 60.0, within(1e-9));
        assertThat(s.money().yMax()).isEqualTo(2000);
    }

    @Test
    void figuresSayTheCountsSharesAndMoney() {
        MonitorFigures f = MonitorFigures.of(MonitorSnapshots.of(RiskRecords.traffic(HOUR),
                RiskRecords.performance(HOUR, "yes"), RecentPeriod.ONE_HOUR));

        assertThat(f.rate()).isEqualTo("16 per second");
        assertThat(f.flagged()).isEqualTo("28 (4.9 % of 570)");
        assertThat(f.blocked()).isEqualTo("10 (1.8 % of 570)");
        assertThat(f.caught()).isEqualTo("12 cases, money 1,500");
        assertThat(f.missed()).isEqualTo("3 cases, money 300");
        assertThat(f.outcomes()).isEqualTo("From the 40 outcomes reported so far for the 570 predictions of the"
                + " last hour.");
    }

    @Test
    void withoutOutcomesFraudFiguresAreNotKnownRatherThanZero() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.noOutcomes(HOUR),
                RecentPeriod.ONE_HOUR);
        MonitorFigures f = MonitorFigures.of(s);

        assertThat(s.hasOutcomes()).isFalse();
        assertThat(f.caught()).isEqualTo("not known yet");
        assertThat(f.missed()).isEqualTo("not known yet");
        assertThat(f.outcomes()).contains("No outcomes have been reported yet");
        assertThat(f.flagged()).isEqualTo("28 (4.9 % of 570)");
    }

    @Test
    void aModelWithoutAPositiveLabelFlagsNothingAndHasNoMoneyChart() {
        MonitorSnapshot s = MonitorSnapshots.of(RiskRecords.traffic(HOUR), RiskRecords.performance(HOUR, null),
                RecentPeriod.ONE_HOUR);

        assertThat(s.knowsFlagged()).isFalse();
        assertThat(s.traffic().curves()).extracting(Curve::name).containsExactly("All", "Blocked");
        assertThat(s.money().curves()).isEmpty();
        assertThat(MonitorFigures.of(s).flagged()).startsWith("—");
    }

    @Test
    void roundUpKeepsTheAxisStill() {
        assertThat(ChartFrame.roundUp(0)).isEqualTo(1);
        assertThat(ChartFrame.roundUp(0.096)).isEqualTo(0.1);
        assertThat(ChartFrame.roundUp(0.3)).isEqualTo(0.5);
        assertThat(ChartFrame.roundUp(1.3)).isEqualTo(2);
        assertThat(ChartFrame.roundUp(17.6)).isEqualTo(20);
        assertThat(ChartFrame.roundUp(31)).isEqualTo(50);
        assertThat(ChartFrame.roundUp(501)).isEqualTo(1000);
    }
}

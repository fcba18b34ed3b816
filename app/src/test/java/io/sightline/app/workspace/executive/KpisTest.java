package io.sightline.app.workspace.executive;

import io.sightline.app.workspace.RecentPeriod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Each formula on the estate of {@link ExecutiveRecords}, with the figures worked out by hand in the comments. */
class KpisTest {

    private static Map<KpiKind, Kpi> of(KpiInputs inputs) {
        return Kpis.of(inputs).stream().collect(Collectors.toMap(Kpi::kind, Function.identity()));
    }

    private final Map<KpiKind, Kpi> kpis = of(ExecutiveRecords.inputs());

    @Test
    void everyFigureIsThereInTileOrder() {
        assertThat(Kpis.of(ExecutiveRecords.inputs())).extracting(Kpi::kind).containsExactly(KpiKind.values());
        assertThat(kpis.values()).allMatch(Kpi::available);
    }

    @Test
    void fraudPreventionRateIsCaughtOverAllFraudWithOutcomes() {
        Kpi rate = kpis.get(KpiKind.FRAUD_PREVENTION_RATE);

        // (40 + 20) / (40 + 10 + 20 + 30) = 60 %; the day before: (70 − 40 + 30 − 20) / (100 + 75 − 100) = 40 / 75
        assertThat(rate.value()).isEqualTo("60.0 %");
        assertThat(rate.trend()).isEqualTo("▲ 6.7 pts vs the previous 24 hours");
        assertThat(rate.covers()).isEqualTo("last 24 hours");
    }

    @Test
    void lossesPreventedAreTheMoneyOfFraudCaught() {
        Kpi losses = kpis.get(KpiKind.LOSSES_PREVENTED);

        // 8,000 + 2,000; the day before 17,000 − 10,000 = 7,000: +42.9 %
        assertThat(losses.value()).isEqualTo("10,000");
        assertThat(losses.trend()).isEqualTo("▲ 42.9 % vs the previous 24 hours");
        assertThat(losses.sparkline()).containsExactly(3000.0, 7000.0);
    }

    @Test
    void falsePositiveRateIsGoodCasesFlaggedOverAllGoodCases() {
        Kpi fpr = kpis.get(KpiKind.FALSE_POSITIVE_RATE);

        // 15 / 1,365 = 1.1 %, and the same the day before (15 / 1,365)
        assertThat(fpr.value()).isEqualTo("1.1 %");
        assertThat(fpr.trend()).isEqualTo("= 0.0 pts vs the previous 24 hours");
    }

    @Test
    void modelsInProductionCountsLiveDeploymentsAgainstAWeekAgo() {
        Kpi models = kpis.get(KpiKind.MODELS_IN_PRODUCTION);

        // now A and B; seven days ago A (v2) and C (live until two days ago)
        assertThat(models.value()).isEqualTo("2");
        assertThat(models.trend()).isEqualTo("= 0 vs 7 days ago");
        assertThat(DeliveryKpis.liveAt(ExecutiveRecords.NOW.minus(Duration.ofDays(30)),
                ExecutiveRecords.deployments(), ExecutiveRecords.history())).as("A v1 alone").isEqualTo(1);
    }

    @Test
    void deploymentsThisWeekCountDeploysAndReplacementsDayByDay() {
        Kpi week = kpis.get(KpiKind.DEPLOYMENTS_THIS_WEEK);

        // A v3 a day ago and B three days ago; the week before, A v2; C's stop is not a deploy
        assertThat(week.value()).isEqualTo("2");
        assertThat(week.trend()).isEqualTo("▲ +1 vs the 7 days before");
        assertThat(week.sparkline()).containsExactly(0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0);
    }

    @Test
    void timeToProductionIsTheMedianFromRunEndToFirstDeploy() {
        Kpi lead = kpis.get(KpiKind.TIME_TO_PRODUCTION);

        // last 30 days: A v3 2 h, B v1 6 h, A v2 1 h (C v1 has no run) → 2 h; the 30 days before: A v1 4 h
        assertThat(lead.value()).isEqualTo("2 h 00 min");
        assertThat(lead.trend()).isEqualTo("▼ 2 h 00 min vs the 30 days before");
        assertThat(DeliveryKpis.median(List.of(Duration.ofHours(1), Duration.ofHours(3))))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void latencyIsTheSlowestLiveDeploymentsP99() {
        Kpi latency = kpis.get(KpiKind.LATENCY_P99);

        assertThat(latency.value()).isEqualTo("30.2 ms");
        assertThat(latency.trend()).isEqualTo("the slowest of 2 live deployments");
        // 09:00 only A served (12.5), 10:00 max(11.0, 30.2)
        assertThat(latency.sparkline()).containsExactly(12.5, 30.2);
    }

    @Test
    void availabilityIsOneMinusFailedRequestsOverAllRequests() {
        Kpi availability = kpis.get(KpiKind.AVAILABILITY);

        // 1 − 15 / 15,015 = 99.90 %; the day before 1 − 50 / 13,050 = 99.62 %: +0.28 pts
        assertThat(availability.value()).isEqualTo("99.90 %");
        assertThat(availability.trend()).isEqualTo("▲ 0.28 pts vs the previous 24 hours");
        assertThat(availability.sparkline()).hasSize(2);
        assertThat(availability.sparkline().get(0)).isEqualTo(1 - 10 / 6010.0);
    }

    @Test
    void withoutOutcomesTheFraudTilesSaySoInsteadOfZero() {
        KpiInputs none = new KpiInputs(ExecutiveRecords.NOW, RecentPeriod.ONE_DAY, ExecutiveRecords.deployments(),
                List.of(ExecutiveRecords.performance("A", Duration.ofDays(1), "yes", 0, 0, 0, 0, 0, List.of())),
                List.of(ExecutiveRecords.performance("A", Duration.ofDays(2), "yes", 0, 0, 0, 0, 0, List.of())),
                ExecutiveRecords.trafficDay(), ExecutiveRecords.trafficTwoDays(), ExecutiveRecords.history(),
                ExecutiveRecords.runs(), "", "");
        Map<KpiKind, Kpi> figures = of(none);

        for (KpiKind kind : List.of(KpiKind.FRAUD_PREVENTION_RATE, KpiKind.LOSSES_PREVENTED,
                KpiKind.FALSE_POSITIVE_RATE)) {
            assertThat(figures.get(kind).available()).isFalse();
            assertThat(figures.get(kind).value()).isEqualTo(Kpi.NOT_ENOUGH_DATA);
        }
        assertThat(figures.get(KpiKind.FRAUD_PREVENTION_RATE).trend())
                .isEqualTo("No fraud outcome has been reported yet for the predictions of the last 24 hours.");
        assertThat(figures.get(KpiKind.AVAILABILITY).available()).isTrue();
    }

    @Test
    void reportsOfModelsWithoutAPositiveLabelAreLeftOut() {
        KpiInputs multiclass = new KpiInputs(ExecutiveRecords.NOW, RecentPeriod.ONE_DAY, ExecutiveRecords.deployments(),
                List.of(ExecutiveRecords.performance("A", Duration.ofDays(1), null, 5, 5, 5, 5, 100, List.of())),
                List.of(), ExecutiveRecords.trafficDay(), ExecutiveRecords.trafficTwoDays(), ExecutiveRecords.history(),
                ExecutiveRecords.runs(), "", "");

        assertThat(of(multiclass).get(KpiKind.FRAUD_PREVENTION_RATE).available()).isFalse();
        assertThat(of(multiclass).get(KpiKind.LOSSES_PREVENTED).available()).isFalse();
    }

    @Test
    void withoutTrafficLatencyAndAvailabilitySaySo() {
        KpiInputs quiet = new KpiInputs(ExecutiveRecords.NOW, RecentPeriod.ONE_HOUR, ExecutiveRecords.deployments(),
                ExecutiveRecords.performanceDay(), ExecutiveRecords.performanceTwoDays(),
                List.of(ExecutiveRecords.traffic("A", Duration.ofHours(1), 0, 0, Double.NaN, List.of())), List.of(),
                ExecutiveRecords.history(), ExecutiveRecords.runs(), "", "");
        Map<KpiKind, Kpi> figures = of(quiet);

        assertThat(figures.get(KpiKind.LATENCY_P99).trend())
                .isEqualTo("No live deployment served a prediction in the last hour.");
        assertThat(figures.get(KpiKind.AVAILABILITY).trend())
                .isEqualTo("No request reached a live deployment in the last hour.");
    }

    @Test
    void whenMonitoringOrHistoryCannotBeReadTheTilesSayWhy() {
        KpiInputs broken = new KpiInputs(ExecutiveRecords.NOW, RecentPeriod.ONE_DAY, ExecutiveRecords.deployments(),
                List.of(), List.of(), List.of(), List.of(), List.of(), ExecutiveRecords.runs(),
                "Traffic monitoring is not available in this engine yet.",
                "Deployment history is not available in this engine yet.");
        Map<KpiKind, Kpi> figures = of(broken);

        assertThat(figures.get(KpiKind.LATENCY_P99).trend()).isEqualTo("Traffic reports are not available: Traffic"
                + " monitoring is not available in this engine yet.");
        assertThat(figures.get(KpiKind.FRAUD_PREVENTION_RATE).available()).isFalse();
        assertThat(figures.get(KpiKind.DEPLOYMENTS_THIS_WEEK).available()).isFalse();
        assertThat(figures.get(KpiKind.TIME_TO_PRODUCTION).available()).isFalse();
        assertThat(figures.get(KpiKind.MODELS_IN_PRODUCTION).value()).as("counted from the deployments").isEqualTo("2");
        assertThat(figures.get(KpiKind.MODELS_IN_PRODUCTION).trend()).startsWith("No history to compare with");
    }

    @Test
    void withoutAVersionGoingLiveLatelyTheLeadTimeSaysSo() {
        KpiInputs old = new KpiInputs(ExecutiveRecords.NOW.plus(Duration.ofDays(100)), RecentPeriod.ONE_DAY,
                ExecutiveRecords.deployments(), List.of(), List.of(), List.of(), List.of(), ExecutiveRecords.history(),
                ExecutiveRecords.runs(), "", "");

        assertThat(of(old).get(KpiKind.TIME_TO_PRODUCTION).trend())
                .isEqualTo("No model version with a recorded training run went live in the last 30 days.");
        assertThat(of(old).get(KpiKind.DEPLOYMENTS_THIS_WEEK).value()).as("a real zero").isEqualTo("0");
    }
}

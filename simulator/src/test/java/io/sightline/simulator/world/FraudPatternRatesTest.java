package io.sightline.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.stream.Arrival;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ground truth holds each pattern at its documented share, with the signature docs/simulator.md gives it. */
class FraudPatternRatesTest {
    private static final int COUNT = 300_000;
    private static List<Transaction> ordinary;

    @BeforeAll
    static void drawTheWorld() {
        ordinary = WorldFixtures.take(WorldFixtures.stream(11, new ScenarioTimeline()), COUNT).stream()
                .map(Arrival::transaction).toList();
    }

    @Test
    void everyPatternHoldsItsDocumentedShare() {
        Map<FraudPattern, Long> counts = ordinary.stream()
                .collect(Collectors.groupingBy(t -> t.truth().pattern(), () -> new EnumMap<>(FraudPattern.class),
                        Collectors.counting()));

        for (FraudPattern pattern : List.of(FraudPattern.FRIENDLY_FRAUD, FraudPattern.ACCOUNT_TAKEOVER,
                FraudPattern.KNOWN_RING, FraudPattern.REFUND_ABUSE)) {
            double share = counts.getOrDefault(pattern, 0L) / (double) COUNT;
            assertThat(share).as(pattern.title()).isCloseTo(pattern.share(), within(fourStandardErrors(pattern.share())));
        }
        assertThat(counts).doesNotContainKey(FraudPattern.NEW_RING);
        double chargebackRate = ordinary.stream().filter(t -> t.truth().chargeback()).count() / (double) COUNT;
        assertThat(chargebackRate).isCloseTo(0.020, within(fourStandardErrors(0.020)));
    }

    private static double fourStandardErrors(double p) {
        return 4 * Math.sqrt(p * (1 - p) / COUNT);
    }

    @Test
    void everyPatternButLegitimateEndsInAChargeback() {
        assertThat(ordinary).allMatch(t -> t.truth().chargeback() == (t.truth().pattern() != FraudPattern.NONE));
    }

    @Test
    void accountTakeoversHitEstablishedSellersThatJustChangedLoginAndPayout() {
        List<Transaction> takeovers = of(FraudPattern.ACCOUNT_TAKEOVER);

        assertThat(takeovers).isNotEmpty().allSatisfy(t -> {
            assertThat(t.seller().accountAgeDays()).isGreaterThanOrEqualTo(365);
            assertThat(t.seller().rating()).isGreaterThanOrEqualTo(4.3);
            assertThat(t.activity().payoutChangeDays()).isLessThanOrEqualTo(2);
            assertThat(t.activity().passwordResetDays()).isLessThanOrEqualTo(3);
        });
        double medianRatio = median(takeovers.stream().mapToDouble(t -> t.order().amountToSellerAverage()).toArray());
        assertThat(medianRatio).isGreaterThan(1.5);
    }

    @Test
    void theKnownRingIsItsDozenYoungEasternSellersSellingToBrandNewBuyers() {
        Set<String> ring = WorldFixtures.factory(11).sellers().knownRing().stream().map(Seller::id)
                .collect(Collectors.toSet());

        assertThat(ring).hasSize(12);
        assertThat(of(FraudPattern.KNOWN_RING)).isNotEmpty().allSatisfy(t -> {
            assertThat(ring).contains(t.seller().id());
            assertThat(t.seller().region()).isEqualTo(Region.EU_EAST);
            assertThat(t.buyer().accountAgeDays()).isLessThanOrEqualTo(10);
            assertThat(t.buyer().cardAttemptsLastHour()).isGreaterThanOrEqualTo(2);
            assertThat(t.order().amount()).isBetween(180.0, 260.0);
        });
        assertThat(ordinary).filteredOn(t -> ring.contains(t.seller().id()))
                .allMatch(t -> t.truth().pattern() == FraudPattern.KNOWN_RING);
    }

    @Test
    void refundAbusersHaveMostOfTheirOrdersRefunded() {
        assertThat(of(FraudPattern.REFUND_ABUSE)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.buyer().refundRate()).isBetween(0.3, 0.8));
        double ordinaryMedian = median(of(FraudPattern.NONE).stream().mapToDouble(t -> t.buyer().refundRate()).toArray());
        assertThat(ordinaryMedian).isLessThan(0.1);
    }

    @Test
    void chargebacksArriveWithinTheDisputeWindowAndLegitimateOrdersWhenItCloses() {
        assertThat(of(FraudPattern.NONE)).allMatch(t -> t.truth().labelDelay().equals(LabelDelays.DISPUTE_WINDOW));
        List<Transaction> chargebacks = ordinary.stream().filter(t -> t.truth().chargeback()).toList();
        assertThat(chargebacks).allSatisfy(t -> assertThat(t.truth().labelDelay())
                .isBetween(Duration.ofMinutes(1), LabelDelays.DISPUTE_WINDOW));
        double medianMinutes = median(of(FraudPattern.ACCOUNT_TAKEOVER).stream()
                .mapToDouble(t -> t.truth().labelDelay().toMillis() / 60_000.0).toArray());
        assertThat(medianMinutes).isCloseTo(4.0, within(0.5));
        assertThat(chargebacks.stream().map(t -> t.truth().labelDelay()).distinct().count()).isGreaterThan(100);
    }

    @Test
    void theNewRingTakesItsShareOnlyWhileActive() {
        ScenarioTimeline timeline = new ScenarioTimeline();
        timeline.schedule(ScenarioKind.NEW_FRAUD_RING, WorldFixtures.START);
        List<Transaction> withRing = WorldFixtures.take(WorldFixtures.stream(11, timeline), 100_000).stream()
                .map(Arrival::transaction).toList();
        Set<String> newRing = WorldFixtures.factory(11).sellers().newRing().stream().map(Seller::id)
                .collect(Collectors.toSet());

        List<Transaction> ring = withRing.stream().filter(t -> t.truth().pattern() == FraudPattern.NEW_RING).toList();
        double share = ring.size() / 100_000.0;
        assertThat(share).isCloseTo(0.012, within(4 * Math.sqrt(0.012 * 0.988 / 100_000)));
        assertThat(ring).allSatisfy(t -> {
            assertThat(newRing).contains(t.seller().id());
            assertThat(t.order().category()).isIn(Category.HOME, Category.SPORTS);
            assertThat(t.buyer().cardAttemptsLastHour()).isEqualTo(1);
        });
        assertThat(ordinary).noneMatch(t -> newRing.contains(t.seller().id()));
    }

    private static List<Transaction> of(FraudPattern pattern) {
        return ordinary.stream().filter(t -> t.truth().pattern() == pattern).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

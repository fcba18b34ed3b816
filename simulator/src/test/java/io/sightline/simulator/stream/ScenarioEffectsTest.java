package io.sightline.simulator.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.world.Columns;
import io.sightline.simulator.world.FraudPattern;
import io.sightline.simulator.world.WorldFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each scenario event changes the stream as docs/simulator.md says, from its start and only then. */
class ScenarioEffectsTest {
    private static final Instant BUG_START = WorldFixtures.START.plus(Duration.ofMinutes(30));
    private static final Instant BUG_END = BUG_START.plus(Duration.ofHours(2));

    @Test
    void amountsArriveInCentsFromTheBugsStartUntilItsEndAndNothingElseChanges() {
        ScenarioTimeline bug = new ScenarioTimeline();
        bug.schedule(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS, BUG_START);
        List<Arrival> clean = WorldFixtures.until(WorldFixtures.stream(3, new ScenarioTimeline()), BUG_END.plusSeconds(600));
        List<Arrival> buggy = WorldFixtures.until(WorldFixtures.stream(3, bug), BUG_END.plusSeconds(600));

        assertThat(buggy).hasSameSizeAs(clean);
        for (int i = 0; i < clean.size(); i++) {
            assertThat(buggy.get(i).transaction()).isEqualTo(clean.get(i).transaction());
            Map<String, String> sent = UpstreamFeed.request(buggy.get(i));
            Map<String, String> truth = UpstreamFeed.request(clean.get(i));
            Instant at = clean.get(i).transaction().at();
            if (!at.isBefore(BUG_START) && at.isBefore(BUG_END)) {
                assertThat(new BigDecimal(sent.get(Columns.AMOUNT)))
                        .isEqualByComparingTo(new BigDecimal(truth.get(Columns.AMOUNT)).movePointRight(2));
                assertThat(without(sent, Columns.AMOUNT)).isEqualTo(without(truth, Columns.AMOUNT));
            } else {
                assertThat(sent).isEqualTo(truth);
            }
        }
        assertThat(clean).anyMatch(a -> a.transaction().at().isBefore(BUG_START))
                .anyMatch(a -> a.transaction().at().isAfter(BUG_START))
                .anyMatch(a -> a.transaction().at().isAfter(BUG_END));
    }

    @Test
    void theSellerRatingArrivesEmptyWhileTheOtherBugLasts() {
        ScenarioTimeline bug = new ScenarioTimeline();
        bug.schedule(ScenarioKind.DATA_BUG_RATING_MISSING, BUG_START);
        List<Arrival> arrivals = WorldFixtures.until(WorldFixtures.stream(3, bug), BUG_END.plusSeconds(600));

        for (Arrival arrival : arrivals) {
            Instant at = arrival.transaction().at();
            String rating = UpstreamFeed.request(arrival).get(Columns.SELLER_RATING);
            boolean duringBug = !at.isBefore(BUG_START) && at.isBefore(BUG_END);
            assertThat(rating.isEmpty()).as("rating at " + at).isEqualTo(duringBug);
        }
    }

    @Test
    void aSeasonalPeakMultipliesTheVolumeByFiveAndRaisesSellerVelocity() {
        Instant peakStart = WorldFixtures.START.plus(Duration.ofHours(1));
        Instant peakEnd = peakStart.plus(Duration.ofHours(1));
        ScenarioTimeline peak = new ScenarioTimeline();
        peak.schedule(ScenarioKind.SEASONAL_PEAK, peakStart);

        List<Arrival> usual = WorldFixtures.until(WorldFixtures.stream(9, new ScenarioTimeline()), peakEnd);
        List<Arrival> busy = WorldFixtures.until(WorldFixtures.stream(9, peak), peakEnd);

        List<Arrival> usualHour = between(usual, peakStart, peakEnd);
        List<Arrival> peakHour = between(busy, peakStart, peakEnd);
        assertThat(peakHour.size() / (double) usualHour.size()).isCloseTo(5.0, within(0.3));
        assertThat(between(busy, WorldFixtures.START, peakStart)).isEqualTo(between(usual, WorldFixtures.START, peakStart));
        assertThat(meanDailyOrders(peakHour) / meanDailyOrders(usualHour)).isGreaterThan(3.0);
        assertThat(peakHour).allMatch(a -> a.conditions().market().peakMix());
    }

    @Test
    void theNewRingStartsItsPatternAtItsStartAndNeverBefore() {
        Instant ringStart = WorldFixtures.START.plus(Duration.ofHours(1));
        ScenarioTimeline ring = new ScenarioTimeline();
        ring.schedule(ScenarioKind.NEW_FRAUD_RING, ringStart);
        List<Arrival> arrivals = WorldFixtures.until(WorldFixtures.stream(9, ring), ringStart.plus(Duration.ofHours(3)));

        List<Arrival> ringCases = arrivals.stream()
                .filter(a -> a.transaction().truth().pattern() == FraudPattern.NEW_RING).toList();
        assertThat(ringCases).isNotEmpty().allMatch(a -> !a.transaction().at().isBefore(ringStart));
        long after = arrivals.stream().filter(a -> !a.transaction().at().isBefore(ringStart)).count();
        assertThat(ringCases.size() / (double) after).isCloseTo(FraudPattern.NEW_RING.share(), within(0.004));
    }

    @Test
    void aLatencyIncidentMarksItsArrivalsAsBursts() {
        Instant incidentStart = WorldFixtures.START.plus(Duration.ofMinutes(10));
        ScenarioTimeline incident = new ScenarioTimeline();
        incident.schedule(ScenarioKind.LATENCY_INCIDENT, incidentStart);
        List<Arrival> arrivals = WorldFixtures.until(WorldFixtures.stream(9, incident),
                incidentStart.plus(Duration.ofMinutes(30)));

        for (Arrival arrival : arrivals) {
            Instant at = arrival.transaction().at();
            boolean during = !at.isBefore(incidentStart) && at.isBefore(incidentStart.plus(Duration.ofMinutes(15)));
            assertThat(arrival.conditions().bursts()).isEqualTo(during);
        }
    }

    private static List<Arrival> between(List<Arrival> arrivals, Instant from, Instant to) {
        return arrivals.stream().filter(a -> !a.transaction().at().isBefore(from) && a.transaction().at().isBefore(to))
                .toList();
    }

    private static double meanDailyOrders(List<Arrival> arrivals) {
        return arrivals.stream().mapToInt(a -> a.transaction().activity().ordersLastDay()).average().orElseThrow();
    }

    private static Map<String, String> without(Map<String, String> row, String column) {
        Map<String, String> copy = new HashMap<>(row);
        copy.remove(column);
        return copy;
    }
}

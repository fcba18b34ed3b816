package io.sightline.simulator.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.world.FraudPattern;
import io.sightline.simulator.world.MarketState;
import io.sightline.simulator.world.Transaction;
import io.sightline.simulator.world.WorldFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void theSameSeedGivesTheSameTransactionsAtTheSameTimes() {
        List<Arrival> first = WorldFixtures.take(WorldFixtures.stream(42, new ScenarioTimeline()), 5_000);
        List<Arrival> second = WorldFixtures.take(WorldFixtures.stream(42, new ScenarioTimeline()), 5_000);

        assertThat(second).isEqualTo(first);
        assertThat(second.stream().map(UpstreamFeed::request).toList())
                .isEqualTo(first.stream().map(UpstreamFeed::request).toList());
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        List<Transaction> first = transactions(WorldFixtures.take(WorldFixtures.stream(42, new ScenarioTimeline()), 200));
        List<Transaction> other = transactions(WorldFixtures.take(WorldFixtures.stream(43, new ScenarioTimeline()), 200));

        assertThat(other.stream().map(Transaction::at).toList()).isNotEqualTo(first.stream().map(Transaction::at).toList());
        assertThat(other.stream().map(t -> t.order().amount()).toList())
                .isNotEqualTo(first.stream().map(t -> t.order().amount()).toList());
    }

    @Test
    void theSameScheduledScenarioGivesTheSameStream() {
        List<Arrival> first = WorldFixtures.take(WorldFixtures.stream(7, scenario()), 20_000);
        List<Arrival> second = WorldFixtures.take(WorldFixtures.stream(7, scenario()), 20_000);

        assertThat(second).isEqualTo(first);
        assertThat(first).anyMatch(a -> a.conditions().market().newRingActive());
    }

    private static ScenarioTimeline scenario() {
        ScenarioTimeline timeline = new ScenarioTimeline();
        timeline.schedule(ScenarioKind.SEASONAL_PEAK, WorldFixtures.START.plus(Duration.ofMinutes(20)));
        timeline.schedule(ScenarioKind.NEW_FRAUD_RING, WorldFixtures.START.plus(Duration.ofMinutes(40)));
        return timeline;
    }

    @Test
    void theHistoryFileIsTheSameByteForByteForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Path other = dir.resolve("other.csv");

        int chargebacks = new HistoryFile(5, WorldFixtures.factory(5)).write(first, 2_000, 14, WorldFixtures.START);
        new HistoryFile(5, WorldFixtures.factory(5)).write(second, 2_000, 14, WorldFixtures.START);
        new HistoryFile(6, WorldFixtures.factory(6)).write(other, 2_000, 14, WorldFixtures.START);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
        List<String> lines = Files.readAllLines(first);
        assertThat(lines).hasSize(2_001);
        assertThat(lines.get(0).split(",")).hasSize(28).endsWith("chargeback");
        assertThat(lines.stream().skip(1).filter(l -> l.endsWith(",yes")).count()).isEqualTo(chargebacks);
    }

    @Test
    void aRecentHistoryIsDrawnAfreshInItsOwnMarket(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.csv");
        Path recent = dir.resolve("recent.csv");
        new HistoryFile(5, WorldFixtures.factory(5)).write(first, 4_000, 2, WorldFixtures.START);
        int chargebacks = HistoryFile.recent(5, WorldFixtures.factory(5),
                new MarketState(1.0, false, FraudPattern.AT_SCALE)).write(recent, 4_000, 2, WorldFixtures.START);

        assertThat(Files.readAllLines(recent).subList(1, 4_001)).doesNotContainAnyElementsOf(
                Files.readAllLines(first).subList(1, 4_001));
        // about 2 % of orders charged back without the ring, and 8 % more with it at scale
        assertThat(chargebacks).isBetween(300, 500);
    }

    @Test
    void theHistoryCoversEveryDayOfTheWeekAtTheDailyRhythm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history.csv");
        new HistoryFile(5, WorldFixtures.factory(5)).write(file, 4_000, 14, WorldFixtures.START);

        List<String[]> rows = Files.readAllLines(file).stream().skip(1).map(l -> l.split(",")).toList();
        assertThat(rows.stream().map(r -> r[3]).distinct().toList())
                .containsExactlyInAnyOrder("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        long threeAtNight = rows.stream().filter(r -> r[2].equals("3")).count();
        long eightInTheEvening = rows.stream().filter(r -> r[2].equals("20")).count();
        assertThat(eightInTheEvening).isGreaterThan(5 * threeAtNight);
    }

    private static List<Transaction> transactions(List<Arrival> arrivals) {
        return arrivals.stream().map(Arrival::transaction).toList();
    }

    @Test
    void aRequestCarriesEveryInputButNeverTheTruth() {
        Arrival arrival = WorldFixtures.stream(1, new ScenarioTimeline()).next();
        Map<String, String> request = UpstreamFeed.request(arrival);

        assertThat(request).hasSize(27).doesNotContainKey("chargeback");
        assertThat(request.get("transaction_id")).isEqualTo("t-000000001");
        assertThat(Double.parseDouble(request.get("amount"))).isEqualTo(arrival.transaction().order().amount());
    }
}

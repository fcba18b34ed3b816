package io.sightline.engine.monitor;

import static io.sightline.engine.monitor.TrafficAccumulatorTest.MODEL;
import static io.sightline.engine.monitor.TrafficAccumulatorTest.T0;
import static io.sightline.engine.monitor.TrafficAccumulatorTest.served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.monitor.TrafficStore.StoredBucket;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficRecorderTest {
    @TempDir
    Path directory;

    private Database database;
    private Instant now = T0;
    private TrafficRecorder recorder;

    @BeforeEach
    void open() {
        database = Database.h2File(directory);
        recorder = new TrafficRecorder(database, ref -> ScoreRange.PROBABILITY, () -> now);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Over two minutes from T0: each second s serves one prediction of s + 1 ms, and every tenth second fails one. */
    private void serveTwoMinutes() {
        for (int s = 0; s < 120; s++) {
            now = T0.plusSeconds(s).plusMillis(500);
            List<PredictionLog.Entry> batch = new ArrayList<>();
            batch.add(served(now, 1_000.0 * (s + 1), s % 2 == 0 ? "good" : "bad", 0.5, Decision.ALLOW));
            if (s % 10 == 0) {
                batch.add(PredictionLog.Entry.failed("live", MODEL, now, 5));
            }
            recorder.observe(batch);
            recorder.tick();
        }
    }

    private long storedPredictions(TrafficTier tier) {
        return database.read(c -> Sql.one(c, "SELECT SUM(predictions) AS n FROM traffic_bucket WHERE resolution_seconds = ?",
                row -> row.getLong("n"), tier.seconds()).orElseThrow());
    }

    private long rows(TrafficTier tier) {
        return database.read(c -> Sql.one(c, "SELECT COUNT(*) AS n FROM traffic_bucket WHERE resolution_seconds = ?",
                row -> row.getLong("n"), tier.seconds()).orElseThrow());
    }

    @Test
    void closedSecondsAreStoredAndRolledUpIntoMinutesWithTheirHistogramsMerged() {
        serveTwoMinutes();
        now = T0.plusSeconds(125);
        recorder.tick();
        assertThat(rows(TrafficTier.SECOND)).isEqualTo(120);
        assertThat(rows(TrafficTier.MINUTE)).isEqualTo(2); // both minutes closed, with the grace, by 02:05

        List<StoredBucket> minutes = recorder.read("live", TrafficTier.MINUTE, T0, T0.plusSeconds(120));
        assertThat(minutes).hasSize(2);
        TrafficAccumulator first = minutes.get(0).traffic();
        assertThat(first.predictions()).isEqualTo(60);
        assertThat(first.errors()).isEqualTo(6);
        assertThat(first.labels()).containsEntry("good", 30L).containsEntry("bad", 30L);
        // latencies 1..60 ms: the merged histogram's quantiles, not an average of per-second ones
        assertThat(first.latencyMillis(0.5)).isCloseTo(30, within(0.3));
        assertThat(first.latencyMillis(0.99)).isCloseTo(60, within(0.6));
        assertThat(minutes.get(1).traffic().latencyMillis(0.5)).isCloseTo(90, within(0.9));
    }

    @Test
    void readingCountsOpenBucketsOnceWhetherOrNotTheyWereStoredYet() {
        serveTwoMinutes(); // the last seconds and the second minute are still open at 02:00.5
        List<StoredBucket> seconds = recorder.read("live", TrafficTier.SECOND, T0, T0.plusSeconds(121));
        assertThat(seconds.stream().mapToLong(b -> b.traffic().predictions()).sum()).isEqualTo(120);
        List<StoredBucket> minutes = recorder.read("live", TrafficTier.MINUTE, T0, T0.plusSeconds(121));
        assertThat(minutes.stream().mapToLong(b -> b.traffic().predictions()).sum()).isEqualTo(120);
        assertThat(minutes.stream().mapToLong(b -> b.traffic().errors()).sum()).isEqualTo(12);
        assertThat(recorder.read("other", TrafficTier.SECOND, T0, T0.plusSeconds(121))).isEmpty();
    }

    @Test
    void aLatePredictionAddsAnotherRowToItsBucketAndReportsAddThemUp() {
        serveTwoMinutes();
        now = T0.plusSeconds(200);
        recorder.tick();
        long before = rows(TrafficTier.SECOND);
        recorder.observe(List.of(served(T0.plusMillis(700), 2_000, "good", 0.5, Decision.REVIEW)));
        now = T0.plusSeconds(202);
        recorder.tick();
        assertThat(rows(TrafficTier.SECOND)).isEqualTo(before + 1);
        TrafficReport report = new TrafficReports(recorder, () -> now).report("live", Duration.ofMinutes(5));
        assertThat(report.predictions()).isEqualTo(121);
        assertThat(report.decisions()).containsEntry(Decision.REVIEW, 1L).containsEntry(Decision.ALLOW, 120L);
    }

    @Test
    void oldBucketsArePrunedTierByTier() {
        serveTwoMinutes();
        now = T0.plusSeconds(130);
        recorder.tick();
        assertThat(rows(TrafficTier.SECOND)).isEqualTo(120);
        now = T0.plus(Duration.ofHours(2)); // seconds are kept an hour, minutes 30 days
        recorder.tick();
        assertThat(rows(TrafficTier.SECOND)).isZero();
        assertThat(rows(TrafficTier.MINUTE)).isEqualTo(2);
        now = T0.plus(Duration.ofDays(31));
        recorder.tick();
        assertThat(rows(TrafficTier.MINUTE)).isZero();
    }

    @Test
    void flushingAllStoresEvenTheOpenBuckets() {
        serveTwoMinutes();
        recorder.flushAll();
        assertThat(storedPredictions(TrafficTier.MINUTE)).isEqualTo(120);
        assertThat(storedPredictions(TrafficTier.SECOND)).isEqualTo(120);
    }
}

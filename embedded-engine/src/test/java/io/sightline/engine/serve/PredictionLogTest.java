package io.sightline.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionLogTest {

    @TempDir
    Path directory;

    private static PredictionLog.Entry entry(int i) {
        return new PredictionLog.Entry("live", new ModelRef("m", 1), Instant.now(), Map.of("x", String.valueOf(i)),
                i % 2 == 0 ? "yes" : "no", 0.75, 12.5);
    }

    @Test
    void everyQueuedPredictionIsWrittenInBatchesAndReadBackNewestFirst() {
        try (Database database = Database.h2File(directory)) {
            try (PredictionLog log = new PredictionLog(database, 100_000)) {
                for (int i = 0; i < 12_345; i++) {
                    log.record(entry(i));
                }
                assertThat(log.flush(Duration.ofSeconds(60))).isTrue();
                assertThat(log.written()).isEqualTo(12_345);
                assertThat(log.dropped()).isZero();
                List<LoggedPrediction> recent = log.recent("live", 3);
                assertThat(recent).hasSize(3);
                assertThat(recent.get(0).inputs()).containsEntry("x", "12344");
                assertThat(recent.get(0).output()).isEqualTo("yes");
                assertThat(recent.get(0).confidence()).isEqualTo(0.75);
                assertThat(recent.get(0).latencyMicros()).isEqualTo(12.5);
                assertThat(recent.get(0).id()).isGreaterThan(recent.get(1).id());
            }
        }
    }

    @Test
    void closingWritesWhatIsStillQueued() {
        try (Database database = Database.h2File(directory)) {
            try (PredictionLog log = new PredictionLog(database, 100_000)) {
                for (int i = 0; i < 5_000; i++) {
                    log.record(entry(i));
                }
            }
            long rows = database.read(c -> io.sightline.engine.store.Sql.one(c,
                    "SELECT COUNT(*) AS n FROM prediction_log", r -> r.getLong("n")).orElseThrow());
            assertThat(rows).isEqualTo(5_000L);
        }
    }

    @Test
    void aFullQueueCountsWhatItCouldNotLogInsteadOfBlockingServing() {
        try (Database database = Database.h2File(directory)) {
            try (PredictionLog log = new PredictionLog(database, 10)) {
                for (int i = 0; i < 50_000; i++) {
                    log.record(entry(i));
                }
                log.flush(Duration.ofSeconds(60));
                assertThat(log.written() + log.dropped()).isEqualTo(50_000);
            }
        }
    }
}

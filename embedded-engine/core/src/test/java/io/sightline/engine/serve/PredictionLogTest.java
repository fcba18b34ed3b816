package io.sightline.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionLogTest {

    @TempDir
    Path directory;

    private static PredictionLog.Entry entry(int i) {
        return new PredictionLog.Entry("live", new ModelRef("m", 1), Instant.now(), Map.of("x", String.valueOf(i)),
                i % 2 == 0 ? "yes" : "no", null, 0.75, 12.5, "p_" + i, 0.25, Decision.REVIEW, "rule " + i);
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
                assertThat(recent.get(0).predictionId()).isEqualTo("p_12344");
                assertThat(recent.get(0).score()).isEqualTo(0.25);
                assertThat(recent.get(0).decision()).isEqualTo(Decision.REVIEW);
                assertThat(recent.get(0).actualLabel()).isNull();
            }
        }
    }

    @Test
    void failuresReachTheObserverButNotTheLog() {
        List<PredictionLog.Entry> observed = new CopyOnWriteArrayList<>();
        PredictionLog.Observer observer = new PredictionLog.Observer() {
            @Override
            public void observe(List<PredictionLog.Entry> batch) {
                observed.addAll(batch);
            }

            @Override
            public void tick() {
            }
        };
        try (Database database = Database.h2File(directory);
             PredictionLog log = new PredictionLog(database, 1_000, observer)) {
            log.record(entry(1));
            log.record(PredictionLog.Entry.failed("live", new ModelRef("m", 1), Instant.now(), 3.0));
            assertThat(log.flush(Duration.ofSeconds(30))).isTrue();
            assertThat(observed).hasSize(2).anyMatch(PredictionLog.Entry::isFailure);
            assertThat(log.written()).isEqualTo(1);
            assertThat(log.recent("live", 10)).extracting(LoggedPrediction::predictionId).containsExactly("p_1");
        }
    }

    @Test
    void inputsWithQuotesBackslashesAndLineBreaksReadBackAsTheyWere() {
        Map<String, String> awkward = new LinkedHashMap<>();
        awkward.put("say \"hi\"", "C:\\temp\nnext\tline \u0001 é 😀");
        awkward.put("empty", "");
        awkward.put("missing", null);
        try (Database database = Database.h2File(directory);
             PredictionLog log = new PredictionLog(database, 1_000)) {
            log.record(new PredictionLog.Entry("live", new ModelRef("m", 1), Instant.now(), awkward, null, 151.25,
                    Double.NaN, 4.0, "p_x", 151.25, Decision.ALLOW, null));
            assertThat(log.flush(Duration.ofSeconds(30))).isTrue();
            LoggedPrediction logged = log.recent("live", 1).get(0);
            assertThat(logged.inputs()).containsEntry("say \"hi\"", "C:\\temp\nnext\tline \u0001 é 😀")
                    .containsEntry("empty", "").containsEntry("missing", "");
            assertThat(logged.output()).isEqualTo("151.250");
        }
    }

    @Test
    void whileSwitchedOffNothingIsQueued() {
        try (Database database = Database.h2File(directory);
             PredictionLog log = new PredictionLog(database, 1_000)) {
            log.setEnabled(false);
            log.record(entry(1));
            log.setEnabled(true);
            log.record(entry(2));
            assertThat(log.flush(Duration.ofSeconds(30))).isTrue();
            assertThat(log.recent("live", 10)).extracting(LoggedPrediction::predictionId).containsExactly("p_2");
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
            assertThat(new PredictionBlocks(database).footprint().predictions()).isEqualTo(5_000L);
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

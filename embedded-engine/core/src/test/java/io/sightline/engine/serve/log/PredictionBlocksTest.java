package io.sightline.engine.serve.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog.Entry;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocks stored, counted and pruned whole, by age and by each deployment's size limit. */
class PredictionBlocksTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path directory;

    /** The database the blocks are written to: an H2 folder here, PostgreSQL in a subclass. */
    protected Database open() {
        return Database.h2File(directory);
    }

    private static List<Entry> batch(String deployment, Instant at, int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant time = at.plusMillis(i);
            entries.add(new Entry(deployment, new ModelRef("m", 1), time, Map.of("x", Integer.toString(i * 7919 % 1000)),
                    "yes", null, 0.5 + i % 100 / 1000.0, 10, PredictionIds.at(time), null, null, null));
        }
        return entries;
    }

    private static void write(Database database, List<Entry> batch, Instant writtenAt) {
        database.inTransaction(c -> {
            PredictionBlocks.insert(c, batch, writtenAt);
            return null;
        });
    }

    private static long predictions(Database database, String deployment) {
        return new PredictionBlocks(database).countAnswered(deployment, Instant.EPOCH, NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void blocksWrittenLongerAgoThanTheAgeLimitArePrunedWhole() {
        try (Database database = open()) {
            write(database, batch("live", NOW.minus(Duration.ofDays(40)), 100), NOW.minus(Duration.ofDays(40)));
            write(database, batch("live", NOW.minus(Duration.ofDays(2)), 100), NOW.minus(Duration.ofDays(2)));
            PredictionBlocks blocks = new PredictionBlocks(database);

            assertThat(blocks.prune(Duration.ofDays(30), Long.MAX_VALUE, NOW)).isEqualTo(1);
            assertThat(predictions(database, "live")).isEqualTo(100);
            assertThat(blocks.prune(null, Long.MAX_VALUE, NOW)).isZero();
        }
    }

    @Test
    void aDeploymentOverItsSizeLimitLosesItsOldestBlocksOnly() {
        try (Database database = open()) {
            for (int b = 0; b < 5; b++) {
                write(database, batch("busy", NOW.plusSeconds(b), 1_000), NOW);
            }
            write(database, batch("quiet", NOW, 1_000), NOW);
            PredictionBlocks blocks = new PredictionBlocks(database);
            long perBlock = blocks.footprint().bytes() / 6;

            int deleted = blocks.prune(null, perBlock * 3, NOW);

            assertThat(deleted).isBetween(2, 3);
            assertThat(predictions(database, "quiet")).isEqualTo(1_000);
            assertThat(predictions(database, "busy")).isBetween(2_000L, 3_000L);
            // the newest block of the busy deployment is kept
            assertThat(blocks.countAnswered("busy", NOW.plusSeconds(4), NOW.plusSeconds(6))).isEqualTo(1_000);
        }
    }

    @Test
    void countsOpenOnlyTheBlocksAcrossTheEndsOfTheSpan() {
        try (Database database = open()) {
            write(database, batch("live", NOW, 1_000), NOW);
            write(database, batch("live", NOW.plusSeconds(10), 1_000), NOW);

            PredictionBlocks blocks = new PredictionBlocks(database);

            assertThat(blocks.countAnswered("live", NOW.plusMillis(500), NOW.plusSeconds(11)))
                    .isEqualTo(500 + 1_000);
            assertThat(blocks.countAnswered("live", NOW.plusMillis(500), NOW.plusMillis(600))).isEqualTo(100);
        }
    }
}

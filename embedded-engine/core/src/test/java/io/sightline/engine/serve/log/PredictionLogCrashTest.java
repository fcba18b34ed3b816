package io.sightline.engine.serve.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.ChildJvm;
import io.sightline.engine.TestPostgres;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.config.PredictionLogConfig;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Timestamps;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that logs predictions with SIGKILL and checks that every prediction the log had reported as
 * written before the kill is there when the database is opened again. The log writes at least every flush
 * interval, so what is lost is at most what came in the last one.
 */
class PredictionLogCrashTest {
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final int ACKNOWLEDGED = 30_000;

    @TempDir
    Path directory;

    /**
     * Logs numbered predictions without end into the H2 folder {@code args[0]}, or the PostgreSQL database at
     * the JDBC URL {@code args[0]} (user and password from the test environment), printing how many the log has
     * written each time it grows.
     */
    public static final class Worker {
        public static void main(String[] args) throws Exception {
            Database database = openDatabase(args[0]);
            PredictionLog log = new PredictionLog(database, PredictionLogConfig.defaults(),
                    PredictionLog.Observer.NONE);
            ModelRef model = new ModelRef("m", 1);
            long printed = 0;
            for (int i = 0; ; i++) {
                Instant at = Timestamps.now();
                log.record(new PredictionLog.Entry("live", model, at, Map.of("seq", Integer.toString(i)), "yes", null,
                        0.9, 20, PredictionIds.at(at), 0.9, null, null));
                if (i % 500 == 0) {
                    Thread.sleep(2); // about the pace of a busy deployment, well within what the log takes
                    long written = log.written();
                    if (written > printed) {
                        System.out.println("written " + written);
                        System.out.flush();
                        printed = written;
                    }
                }
            }
        }
    }

    /** Where the worker logs: an H2 folder here, a PostgreSQL schema in a subclass. */
    protected String database() {
        return directory.resolve("data").toString();
    }

    static Database openDatabase(String where) {
        return where.startsWith("jdbc:") ? Database.open(where, TestPostgres.user(), TestPostgres.password())
                : Database.h2File(Path.of(where));
    }

    @Test
    void everyPredictionReportedWrittenBeforeSigkillIsThereAfterReopening() throws Exception {
        String data = database();
        long acknowledged;
        try (ChildJvm worker = ChildJvm.start("prediction-logger", directory, Worker.class, List.of(), Map.of(),
                data)) {
            String line = worker.awaitLine("'written N' with N of " + ACKNOWLEDGED + " or more",
                    l -> l.startsWith("written ") && Long.parseLong(l.substring(8)) >= ACKNOWLEDGED, STARTUP);
            worker.kill();
            List<String> lines = worker.lines();
            acknowledged = Long.parseLong(lines.get(lines.size() - 1).substring(8));
            assertThat(acknowledged).isGreaterThanOrEqualTo(Long.parseLong(line.substring(8)));
        }
        try (Database database = openDatabase(data)) {
            BitSet logged = new BitSet();
            new PredictionBlocks(database).forEachNewest("live", (c, block) -> {
                TextColumn seq = block.input("seq");
                for (int i = 0; i < block.size(); i++) {
                    logged.set((int) seq.number(i));
                }
                return true;
            });
            assertThat(logged.nextClearBit(0)).as("the predictions logged without a gap from the first")
                    .isGreaterThanOrEqualTo((int) acknowledged);
        }
    }
}

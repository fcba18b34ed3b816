package io.sightline.engine.bench;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.monitor.ScoreRange;
import io.sightline.engine.monitor.TrafficRecorder;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Timestamps;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the prediction log writes into H2, what it takes on disk, what logging costs serving and how fast drift
 * reads it back. Prints, asserts nothing:
 * (a) raw logging: {@code rows} credit-g predictions (20 inputs each) queued as fast as the log takes them, with
 * traffic monitoring on the writer thread, timed until the last is committed, and the bytes per prediction in the
 * blocks and in the database folder; (b) single-row serving through a deployment of a credit-g model, alternating
 * runs with logging off and on, and the loss; (c) drift of that deployment over 1,000,000 logged predictions, read
 * from the log end to end through {@code Platform.drift}. Besides wall-clock
 * rates it prints rates per CPU second (of the process, of the serving thread): on a machine busy with other
 * work those say what the code costs, where wall-clock time says mostly how busy the machine was.
 *
 * <p>Arguments: {@code [work-directory] [rows] [seconds per serving run]} (defaults {@code bench-data},
 * 2,000,000 and 2; 0 seconds skips the serving part).
 */
public final class PredictionLogBenchmark {
    private static final int CAPACITY = 200_000;
    private static final int ROUNDS = 5;
    private static final int DRIFT_ROWS = 1_000_000;
    private static final int DRIFT_RUNS = 3;

    private PredictionLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench-data").toAbsolutePath();
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "Sightline prediction log benchmark — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        List<Map<String, String>> inputs = SampleData.readRows(SampleData.copyTo(work, SampleData.CREDIT_G));
        rawLogging(work, inputs, rows);
        serving(work, inputs, seconds);
    }

    private static void rawLogging(Path work, List<Map<String, String>> inputs, int rows)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(work, "log-");
        try (Database database = Database.h2File(directory)) {
            TrafficRecorder traffic = new TrafficRecorder(database, ref -> ScoreRange.PROBABILITY, InstantSource.system());
            ModelRef model = new ModelRef("credit-g", 1);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long waited = 0;
            try (PredictionLog log = new PredictionLog(database, CAPACITY, traffic)) {
                for (int i = 0; i < rows; i++) {
                    while (log.backlog() > CAPACITY - 10_000) {
                        waited++;
                        Thread.sleep(1);
                    }
                    double score = (i % 1000) / 1000.0;
                    Instant at = Timestamps.now();
                    log.record(new PredictionLog.Entry("credit-live", model, at, inputs.get(i % inputs.size()),
                            score > 0.3 ? "bad" : "good", null, 0.7, 12.5, PredictionIds.at(at), score, score > 0.9 ? Decision.REVIEW : Decision.ALLOW,
                            score > 0.9 ? "review risky" : null));
                }
                log.flush(Duration.ofMinutes(30));
                double elapsed = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT, "(a) raw logging into H2: %,d rows in %.1f s = %,.0f rows/s "
                        + "(written %,d, dropped %d, producer paused %d ms for a full queue)%n", rows, elapsed,
                        rows / elapsed, log.written(), log.dropped(), waited);
                System.out.printf(Locale.ROOT, "    CPU: %.1f s for the whole process = %,.0f rows per CPU second; "
                        + "load average %.1f on %d cores%n", cpu, rows / cpu, loadAverage(),
                        Runtime.getRuntime().availableProcessors());
            }
            traffic.flushAll();
            PredictionBlocks.Footprint footprint = new PredictionBlocks(database).footprint();
            System.out.printf(Locale.ROOT, "    blocks: %,d holding %,d predictions in %,.1f MB = %.1f bytes per "
                    + "prediction%n", footprint.blocks(), footprint.predictions(), footprint.bytes() / 1048576.0,
                    (double) footprint.bytes() / footprint.predictions());
        }
        long onDisk = folderBytes(directory);
        try {
            System.out.printf(Locale.ROOT, "    database folder after logging and closing: %,.1f MB = %.1f bytes per "
                    + "prediction on disk%n", onDisk / 1048576.0, (double) onDisk / rows);
        } finally {
            deleteFolder(directory);
        }
    }

    private static void serving(Path work, List<Map<String, String>> inputs, double seconds) throws Exception {
        Path directory = Files.createTempDirectory(work, "serve-");
        try (LocalPlatform platform = LocalPlatform.open(directory)) {
            DatasetInfo dataset = platform.importDataset("credit-g", SampleData.copyTo(work, SampleData.CREDIT_G));
            TrainingJob job = platform.awaitTraining(platform.startTraining(TrainingRequest.of(dataset.id(), "class",
                    "credit-g").withBudget(Duration.ofSeconds(60))).id(), Duration.ofMinutes(10));
            RunInfo run = platform.run(job.runId());
            platform.deploy("credit-live", run.model().model(), run.model().version());
            if (seconds > 0) {
                servingRounds(platform, run, inputs, seconds);
            }
            drift(platform, inputs);
        } finally {
            deleteFolder(directory);
        }
    }

    private static void servingRounds(LocalPlatform platform, RunInfo run, List<Map<String, String>> inputs,
                                      double seconds) {
        {
            System.out.printf(Locale.ROOT, "(b) single-row serving of %s (%s), one thread, %d rounds of %.1f s with "
                    + "logging off then on:%n", run.model(), run.bestCandidate(), ROUNDS, seconds);
            serve(platform, inputs, seconds); // warm-up
            List<Rate> off = new ArrayList<>();
            List<Rate> on = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                platform.logPredictions(false);
                off.add(serve(platform, inputs, seconds));
                platform.logPredictions(true);
                on.add(serve(platform, inputs, seconds));
                platform.flushPredictionLog(Duration.ofMinutes(5)); // the next run starts with an idle log
                System.out.printf(Locale.ROOT, "    round %d: off %,.0f rows/s (%,.0f per CPU s of the serving thread),"
                        + " on %,.0f rows/s (%,.0f)%n", round + 1, off.get(round).wall(), off.get(round).cpu(),
                        on.get(round).wall(), on.get(round).cpu());
            }
            double offWall = median(off.stream().map(Rate::wall).toList());
            double onWall = median(on.stream().map(Rate::wall).toList());
            double offCpu = median(off.stream().map(Rate::cpu).toList());
            double onCpu = median(on.stream().map(Rate::cpu).toList());
            System.out.printf(Locale.ROOT, "    median: logging off %,.0f rows/s, on %,.0f rows/s: serving loses %.1f%%;"
                    + " per CPU second of the serving thread %,.0f and %,.0f: %.1f%% more work per prediction%n",
                    offWall, onWall, 100 * (1 - onWall / offWall), offCpu, onCpu, 100 * (offCpu / onCpu - 1));
            System.out.printf(Locale.ROOT, "    load average %.1f on %d cores; %s%n", loadAverage(),
                    Runtime.getRuntime().availableProcessors(), platform.health().components().get(1).detail());
        }
    }

    /** Serves until the deployment's log holds {@value #DRIFT_ROWS} predictions, then times its drift report. */
    private static void drift(LocalPlatform platform, List<Map<String, String>> inputs) {
        Instant since = Timestamps.now();
        for (int i = 0; i < DRIFT_ROWS; i++) {
            platform.predict("credit-live", inputs.get(i % inputs.size()));
        }
        platform.flushPredictionLog(Duration.ofMinutes(10));
        Duration window = Duration.between(since, Timestamps.now()).plusMinutes(1);
        System.out.printf(Locale.ROOT, "(c) drift of credit-live over the last %d s, %,d predictions logged in it:%n",
                window.toSeconds(), DRIFT_ROWS);
        for (int run = 0; run < DRIFT_RUNS; run++) {
            long start = System.nanoTime();
            DriftReport report = platform.drift("credit-live", window);
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "    run %d: %,d predictions read from the log and compared in %.2f s "
                    + "(%d of %d inputs drift); load average %.1f%n", run + 1, report.currentRows(), elapsed,
                    report.features().stream().filter(f -> f.drifted()).count(), report.features().size(),
                    loadAverage());
        }
        System.out.printf(Locale.ROOT, "    %s%n", platform.health().components().get(1).detail());
    }

    /** Rows per second of wall time, and per second of CPU time of the serving thread. */
    private record Rate(double wall, double cpu) {
    }

    /** Single-row predictions for {@code seconds}. */
    private static Rate serve(LocalPlatform platform, List<Map<String, String>> inputs, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                platform.predict("credit-live", inputs.get((int) (count++ % inputs.size())));
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Rate(count / wall, count / cpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The benchmark's databases are gigabytes: they are not kept. */
    private static void deleteFolder(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long folderBytes(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}

package io.sightline.engine.bench;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.ImportLimits;
import io.sightline.engine.data.ImportResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The foundation's figures: CSV import + profile speed on a generated 1 GB numeric file, AutoML wall time on
 * credit-g, and single-row and batch prediction rate through the deployment path. Prints, asserts nothing.
 *
 * <p>Arguments: {@code [work-directory] [import-size-mb]} (defaults {@code bench-data} and 1024).
 */
public final class FoundationBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench-data").toAbsolutePath();
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "Sightline foundation benchmark — %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        importBenchmark(work, megabytes);
        servingBenchmark(work);
    }

    private static void importBenchmark(Path work, long megabytes) throws IOException {
        Path file = work.resolve("numeric-" + megabytes + "mb.csv");
        if (!Files.exists(file) || Files.size(file) < megabytes << 20) {
            System.out.printf(Locale.ROOT, "Generating %s …%n", file);
            generateNumeric(file, megabytes << 20);
        }
        CsvImporter importer = new CsvImporter(ImportLimits.forThisRuntime());
        double mb = Files.size(file) / 1e6;
        double[] rates = new double[3];
        for (int run = 0; run < rates.length; run++) {
            resetPeaks();
            long start = System.nanoTime();
            ImportResult result = importer.inspect(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[run] = mb / seconds;
            System.out.printf(Locale.ROOT, "CSV import + profile, run %d: %.0f MB (%,d rows × %d columns) in %.2f s = "
                    + "%.0f MB/s; peak heap %d MB of %d MB%n", run + 1, mb, result.rows(), result.columns().size(),
                    seconds, rates[run], peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "CSV import + profile: best %.0f MB/s, median %.0f MB/s (1 MB = 10^6 bytes)%n",
                rates[rates.length - 1], rates[rates.length / 2]);
    }

    private static void servingBenchmark(Path work) throws IOException {
        Path directory = Files.createTempDirectory(work, "platform-");
        try (LocalPlatform platform = LocalPlatform.open(directory)) {
            Path credit = SampleData.copyTo(work, SampleData.CREDIT_G);
            DatasetInfo dataset = platform.importDataset("credit-g", credit);
            long start = System.nanoTime();
            TrainingJob job = platform.startTraining(TrainingRequest.of(dataset.id(), "class", "credit-g"));
            job = platform.awaitTraining(job.id(), Duration.ofMinutes(30));
            double trainSeconds = (System.nanoTime() - start) / 1e9;
            RunInfo run = platform.run(job.runId());
            System.out.printf(Locale.ROOT, "AutoML on credit-g.csv (1000 rows, 5-fold CV, default budget): %.1f s, "
                    + "chose %s%n", trainSeconds, run.bestCandidate());
            for (CandidateResult c : run.leaderboard()) {
                System.out.printf(Locale.ROOT, "    %-28s %s %.4f ± %.4f  accuracy %.4f  train %d ms  %s%n", c.name(),
                        c.metric(), c.cvScore(), c.cvStd(), c.cvMetrics().getOrDefault("accuracy", Double.NaN),
                        c.trainMillis(), c.status());
            }
            Deployment deployment = platform.deploy("credit-g-bench", run.model().model(), run.model().version());
            List<Map<String, String>> rows = SampleData.readRows(credit);
            singleRow(platform, deployment.name(), rows, 2_000);
            singleRow(platform, deployment.name(), rows, 50_000);
            Path big = work.resolve("credit-g-x200.csv");
            replicate(credit, big, 200);
            ScoreFileResult scored = platform.scoreFile(deployment.name(), big, work.resolve("credit-g-x200-scored.csv"));
            System.out.printf(Locale.ROOT, "Batch scoring through the deployment (scoreFile, %,d rows, CSV in and out): "
                    + "%.1f s = %,.0f rows/s%n", scored.rows(), scored.millis() / 1e3, scored.rows() / (scored.millis() / 1e3));
            long flushStart = System.nanoTime();
            platform.flushPredictionLog(Duration.ofMinutes(5));
            System.out.printf(Locale.ROOT, "Prediction log flushed %.1f s after the last prediction%n",
                    (System.nanoTime() - flushStart) / 1e9);
        }
    }

    private static void singleRow(LocalPlatform platform, String deployment, List<Map<String, String>> rows, int calls) {
        long[] nanos = new long[calls];
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            platform.predict(deployment, rows.get(i % rows.size()));
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "Single-row predict through the deployment (%,d calls, one thread): %,.0f rows/s, "
                + "p50 %.1f µs, p99 %.1f µs%n", calls, calls / seconds, nanos[calls / 2] / 1e3,
                nanos[(int) (calls * 0.99)] / 1e3);
    }

    private static void replicate(Path source, Path target, int times) throws IOException {
        List<String> lines = Files.readAllLines(source);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            out.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int t = 0; t < times; t++) {
                for (String line : lines.subList(1, lines.size())) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void generateNumeric(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int columns = 20;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 22)) {
            StringBuilder line = new StringBuilder(256);
            for (int c = 0; c < columns; c++) {
                line.append(c == 0 ? "" : ",").append("f").append(c);
            }
            line.append('\n');
            long written = 0;
            while (written < bytes) {
                byte[] encoded = line.toString().getBytes(StandardCharsets.US_ASCII);
                out.write(encoded);
                written += encoded.length;
                line.setLength(0);
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(String.format(Locale.ROOT, "%.4f", random.nextGaussian() * (c + 1) * 10));
                }
                line.append('\n');
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total >> 20;
    }
}

package io.sightline.engine.bench;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.AutoMlConfig;
import io.sightline.engine.train.AutoMlResult;
import io.sightline.engine.train.AutoMlTrainer;
import io.sightline.engine.train.ScoringProbe;
import io.sightline.engine.train.TestTables;
import io.sightline.engine.train.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Prints the wall time of AutoML on credit-g with the default settings, then per algorithm (credit-g for
 * classification, diabetes for regression): single-row and batched prediction throughput, single-row latency
 * percentiles, Tribuo's own batched throughput for comparison (the path before tree models were compiled),
 * and how fast rows are encoded into features alone.
 * Not a test: run it by hand, with OMP_NUM_THREADS=1, e.g.
 * {@code java -cp <test classpath> io.sightline.engine.bench.PredictBenchmark [seconds per measurement]
 * [--no-automl]}; the flag skips the AutoML timing to measure prediction alone.
 */
public final class PredictBenchmark {
    private PredictBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        Path dir = Files.createTempDirectory("sightline-bench");
        Table credit = TestTables.sample(dir, SampleData.CREDIT_G);
        Table diabetes = TestTables.sample(dir, SampleData.DIABETES);
        AutoMlTrainer trainer = new AutoMlTrainer();

        if (!Arrays.asList(args).contains("--no-automl")) {
            long start = System.nanoTime();
            AutoMlResult result = trainer.train(credit, "class", Task.BINARY, AutoMlConfig.defaults(), null, null);
            System.out.printf(Locale.ROOT, "AutoML on credit-g with defaults: %.1f s (%s), best %s, test AUC %.3f%n",
                    (System.nanoTime() - start) / 1e9, result.timingsMillis(), result.bestCandidate(),
                    result.testEvaluation().metric("auc"));
        }

        System.out.printf(Locale.ROOT, "%-10s %-20s %9s %13s %13s %8s %8s %13s %13s%n", "data", "algorithm",
                "compiled", "single rows/s", "batch rows/s", "p50 us", "p99 us", "Tribuo batch", "encode rows/s");
        measure("credit-g", credit, "class", Task.BINARY, trainer, seconds);
        measure("diabetes", diabetes, "target", Task.REGRESSION, trainer, seconds);
        sustained(credit, trainer);
    }

    /**
     * Tribuo's own single-row XGBoost path slows down as native matrices pile up; the served path must not.
     * Compares the first and the last 10,000 of 100,000 single-row calls.
     */
    private static void sustained(Table table, AutoMlTrainer trainer) {
        TrainedModel model = trainer.fit(table, "class", Task.BINARY, "gradient boosting", 42L);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            rows.add(TestTables.row(table, i, "class"));
        }
        int calls = 100_000;
        int window = 10_000;
        long windowStart = System.nanoTime();
        double first = 0;
        for (int i = 1; i <= calls; i++) {
            model.predict(rows.get(i % rows.size()));
            if (i == window) {
                first = window / ((System.nanoTime() - windowStart) / 1e9);
            }
            if (i == calls - window) {
                windowStart = System.nanoTime();
            }
        }
        double last = window / ((System.nanoTime() - windowStart) / 1e9);
        System.out.printf(Locale.ROOT, "gradient boosting, 100,000 single-row calls: first 10K %,.0f rows/s,"
                + " last 10K %,.0f rows/s (ratio %.2f)%n", first, last, last / first);
    }

    private static void measure(String data, Table table, String target, Task task, AutoMlTrainer trainer,
                                double seconds) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            rows.add(TestTables.row(table, i, target));
        }
        for (String name : trainer.candidateNames(task)) {
            TrainedModel model = trainer.fit(table, target, task, name, 42L);
            ScoringProbe probe = new ScoringProbe(model);
            single(model, rows, seconds / 4); // warm-up
            double single = single(model, rows, seconds);
            double[] percentiles = latencyMicros(model, rows, 20_000, 0.50, 0.99);
            batch(model, rows, seconds / 4);
            double batch = batch(model, rows, seconds);
            double tribuo = rate(() -> probe.tribuoBatch(rows), seconds / 2);
            rate(() -> encodeAll(probe, rows), seconds / 4);
            double encode = rate(() -> encodeAll(probe, rows), seconds / 2);
            System.out.printf(Locale.ROOT, "%-10s %-20s %9s %,13.0f %,13.0f %8.1f %8.1f %,13.0f %,13.0f%n", data, name,
                    probe.compiled() ? "yes" : "no", single, batch, percentiles[0], percentiles[1], tribuo, encode);
        }
    }

    private static int encodeAll(ScoringProbe probe, List<Map<String, String>> rows) {
        double sink = 0;
        for (Map<String, String> row : rows) {
            sink += probe.encode(row);
        }
        return Double.isNaN(sink) ? 0 : rows.size(); // uses the features, so the encoding cannot be skipped
    }

    /** Single-row latency over {@code calls} calls, at the given quantiles, in microseconds. */
    private static double[] latencyMicros(TrainedModel model, List<Map<String, String>> rows, int calls,
                                          double... quantiles) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            model.predict(rows.get(i % rows.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double[] out = new double[quantiles.length];
        for (int q = 0; q < quantiles.length; q++) {
            out[q] = nanos[(int) Math.min(calls - 1, Math.round(quantiles[q] * calls))] / 1e3;
        }
        return out;
    }

    /** Rows per second of repeated {@code work}, which returns how many rows it handled. */
    private static double rate(IntSupplier work, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            count += work.getAsInt();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double single(TrainedModel model, List<Map<String, String>> rows, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            model.predict(rows.get((int) (count % rows.size())));
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double batch(TrainedModel model, List<Map<String, String>> rows, double seconds) {
        return rate(() -> model.predictBatch(rows).size(), seconds);
    }
}

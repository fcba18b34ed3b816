package io.sightline.engine.bench;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.AutoMlConfig;
import io.sightline.engine.train.AutoMlResult;
import io.sightline.engine.train.AutoMlTrainer;
import io.sightline.engine.train.TestTables;
import io.sightline.engine.train.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the wall time of AutoML on credit-g with the default settings, then single-row and batched
 * prediction throughput of each algorithm (credit-g for classification, diabetes for regression).
 * Not a test: run it by hand, with OMP_NUM_THREADS=1, e.g.
 * {@code java -cp <test classpath> io.sightline.engine.bench.PredictBenchmark [seconds per measurement]}.
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

        long start = System.nanoTime();
        AutoMlResult result = trainer.train(credit, "class", Task.BINARY, AutoMlConfig.defaults(), null, null);
        System.out.printf(Locale.ROOT, "AutoML on credit-g with defaults: %.1f s (%s), best %s, test AUC %.3f%n",
                (System.nanoTime() - start) / 1e9, result.timingsMillis(), result.bestCandidate(),
                result.testEvaluation().metric("auc"));

        System.out.printf(Locale.ROOT, "%-12s %-20s %14s %14s%n", "data", "algorithm", "single rows/s", "batch rows/s");
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
            single(model, rows, seconds / 4); // warm-up
            double single = single(model, rows, seconds);
            batch(model, rows, seconds / 4);
            double batch = batch(model, rows, seconds);
            System.out.printf(Locale.ROOT, "%-12s %-20s %,14.0f %,14.0f%n", data, name, single, batch);
        }
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
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            count += model.predictBatch(rows).size();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}

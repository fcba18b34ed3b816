package io.sightline.engine.bench;

import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.monitor.drift.ColumnSample;
import io.sightline.engine.monitor.drift.DriftDetector;
import io.sightline.engine.monitor.drift.DriftSettings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Drift of 1,000,000 current rows × 30 columns against a reference of 1,000,000 rows: 22 continuous numeric
 * columns, 2 numeric columns of five codes (compared as categories) and 6 text columns of 3 to 40 categories,
 * about 1 % of cells missing. Measured: from the current columns as primitive arrays (doubles with NaN for
 * missing, strings with null) to every column's statistics and the dataset verdict — sorting or counting the
 * current values, then for each numeric column KS (asymptotic p-value), normalised Wasserstein, PSI and
 * Jensen-Shannon, for each categorical one chi-square, PSI and Jensen-Shannon. The reference is prepared
 * (sorted, counted) once beforehand, as the engine caches it per model version; that time is printed apart.
 * Reading the prediction log and parsing its JSON are not part of the figure. Prints, asserts nothing.
 *
 * <p>A third of the numeric columns are shifted by 0.2 standard deviations and one category of each text
 * column is 20 % more frequent, so that some columns drift.
 *
 * <p>Arguments: {@code [rows] [runs]} (defaults 1000000 and 5).
 */
public final class DriftBenchmark {
    private static final int NUMERIC = 22;
    private static final int CODES = 2;
    private static final int TEXTS = 6;

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "Sightline drift benchmark — %d cores, max heap %d MB, Java %s, "
                + "system load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), load());
        Object[] reference = columns(rows, new SplittableRandom(1), 0);
        Object[] current = columns(rows, new SplittableRandom(2), 0.2);

        long start = System.nanoTime();
        List<ColumnSample> prepared = new ArrayList<>();
        for (int c = 0; c < reference.length; c++) {
            prepared.add(sample(c, reference[c]));
        }
        System.out.printf(Locale.ROOT, "Reference of %,d rows × %d columns prepared (sorted, counted) in %.2f s, "
                + "once per model version%n", rows, reference.length, (System.nanoTime() - start) / 1e9);

        DriftDetector detector = new DriftDetector(DriftSettings.defaults());
        IntFunction<ColumnSample> currentColumn = c -> sample(c, current[c]);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            detector.compareAll(prepared, currentColumn);
        }
        double[] parallel = new double[runs];
        double[] cpu = new double[runs];
        List<FeatureDrift> drifts = null;
        for (int run = 0; run < runs; run++) {
            long cpuStart = processCpuNanos();
            start = System.nanoTime();
            drifts = detector.compareAll(prepared, currentColumn);
            DriftDetector.Verdict verdict = detector.verdict(drifts);
            parallel[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %.3f s, %.3f s of CPU (%d columns, %d drifting, dataset drift %s)%n",
                    run + 1, parallel[run], cpu[run], drifts.size(),
                    drifts.stream().filter(FeatureDrift::drifted).count(), verdict.datasetDrift());
        }
        double[] oneThread = new double[Math.max(1, runs / 2)];
        for (int run = 0; run < oneThread.length; run++) {
            start = System.nanoTime();
            for (int c = 0; c < prepared.size(); c++) {
                detector.compare(prepared.get(c), currentColumn.apply(c));
            }
            oneThread[run] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(parallel);
        Arrays.sort(oneThread);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "Drift, %,d current rows × %d columns against a prepared %,d-row reference, "
                + "all statistics: best %.3f s, median %.3f s on %d cores (one thread: best %.3f s)%n", rows,
                reference.length, rows, parallel[0], parallel[runs / 2], Runtime.getRuntime().availableProcessors(),
                oneThread[0]);
        System.out.printf(Locale.ROOT, "CPU time of the process per run (both threads, garbage collection and "
                + "compilation included): best %.3f s, median %.3f s%n", cpu[0], cpu[runs / 2]);
        System.out.printf(Locale.ROOT, "system load average %.1f at the end (other work on the machine slows "
                + "every wall-clock figure)%n", load());
        FeatureDrift first = drifts.get(0);
        System.out.printf(Locale.ROOT, "e.g. %s: %s = %.4f, KS p = %.3g, PSI = %.4f, Jensen-Shannon = %.4f%n",
                first.column(), first.method(), first.score(), first.ksPValue(), first.psi(), first.jensenShannon());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static ColumnSample sample(int c, Object values) {
        String name = "c" + c;
        return values instanceof double[] numbers ? ColumnSample.Numbers.of(name, numbers)
                : ColumnSample.Categories.of(name, (String[]) values);
    }

    /** The benchmark's columns: a third of the numbers {@code shift} standard deviations up, category 0 more often. */
    private static Object[] columns(int rows, SplittableRandom random, double shift) {
        Object[] columns = new Object[NUMERIC + CODES + TEXTS];
        for (int c = 0; c < NUMERIC; c++) {
            double sd = 1 + c % 4;
            double mean = c * 10 + (c % 3 == 0 ? shift * sd : 0);
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = random.nextInt(100) == 0 ? Double.NaN : mean + normal(random) * sd;
            }
            columns[c] = values;
        }
        for (int c = NUMERIC; c < NUMERIC + CODES; c++) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = random.nextInt(5);
            }
            columns[c] = values;
        }
        for (int c = NUMERIC + CODES; c < columns.length; c++) {
            int categories = 3 + (c - NUMERIC - CODES) * 7;
            String[] names = new String[categories];
            Arrays.setAll(names, k -> "category-" + k);
            String[] values = new String[rows];
            for (int i = 0; i < rows; i++) {
                int k = random.nextDouble() < shift ? 0 : random.nextInt(categories);
                values[i] = random.nextInt(100) == 0 ? null : names[k];
            }
            columns[c] = values;
        }
        return columns;
    }

    private static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

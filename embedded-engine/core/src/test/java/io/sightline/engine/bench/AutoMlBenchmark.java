package io.sightline.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.ImportLimits;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.AutoMlConfig;
import io.sightline.engine.train.AutoMlResult;
import io.sightline.engine.train.AutoMlTrainer;
import io.sightline.engine.train.TrainingListener;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * AutoML against scikit-learn's best of three: for every dataset of a reference file written by
 * {@code bench/automl/reference.py}, runs the whole AutoML search at its default settings over all rows (no
 * held-out share, so that its cross-validated score covers the rows scikit-learn's did), and prints the
 * cross-validated accuracy (R² for numbers) of the model it ships beside scikit-learn's best, the gap, both wall
 * times and their ratio; then the mean and worst gap and the worst time ratio. Prints, asserts nothing.
 *
 * <p>Arguments: {@code reference.json datasets-folder samples-folder [file ...]}: the reference scores and
 * seconds (run.sh passes those of a run on this machine just before), the two folders the files are in, and
 * optionally which files to run (default: all in the reference).
 */
public final class AutoMlBenchmark {
    /** Goals: on average no worse, never more than 2 points worse, never more than twice as long. */
    private static final double WORST_GAP_POINTS = 2.0;
    private static final double WORST_TIME_RATIO = 2.0;

    private AutoMlBenchmark() {
    }

    record Line(String file, String metric, double sightline, String shipped, double reference, String referenceModel,
                double seconds, double referenceSeconds) {
        /** Points by which Sightline is behind (negative: ahead). */
        double gap() {
            return 100 * (reference - sightline);
        }

        double ratio() {
            return seconds / referenceSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: AutoMlBenchmark reference.json datasets-folder samples-folder"
                    + " [file ...]");
        }
        JsonNode reference = Json.MAPPER.readTree(Path.of(args[0]).toFile());
        List<Path> folders = List.of(Path.of(args[1]), Path.of(args[2]));
        Set<String> chosen = new HashSet<>(List.of(args).subList(3, args.length));
        AutoMlConfig config = AutoMlConfig.defaults().withTestFraction(0);
        System.out.printf(Locale.ROOT, "AutoML benchmark — %d cores, max heap %d MB, Java %s, %d folds, budget %s,"
                        + " load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), config.folds(),
                config.budget(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Line> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (chosen.isEmpty() || chosen.contains(entry.getKey())) {
                Line line = run(entry.getKey(), entry.getValue(), find(folders, entry.getKey()), config);
                lines.add(line);
                System.out.printf(Locale.ROOT, "%-28s %s %.4f (%s) vs %.4f (%s), %.1f s vs %.1f s, load %.1f%n",
                        line.file(), line.metric(), line.sightline(), line.shipped(), line.reference(),
                        line.referenceModel(), line.seconds(), line.referenceSeconds(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        print(lines);
    }

    private static Path find(List<Path> folders, String file) {
        return folders.stream().map(folder -> folder.resolve(file)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No file " + file + " in " + folders));
    }

    private static Line run(String file, JsonNode reference, Path path, AutoMlConfig config) {
        String metric = reference.get("metric").asText();
        Table table = new CsvImporter(ImportLimits.forThisRuntime()).readTable(path, Map.of());
        String target = table.columnNames().get(table.columnCount() - 1);
        Task task = "regression".equals(reference.get("task").asText()) ? Task.REGRESSION
                : distinctValues(table.column(target)) == 2 ? Task.BINARY : Task.MULTICLASS;
        long start = System.nanoTime();
        AutoMlResult result = new AutoMlTrainer().train(table, target, task, config, TrainingListener.none(),
                () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        CandidateResult shipped = result.best();
        System.out.printf(Locale.ROOT, "    phases (ms): %s%n", result.timingsMillis());
        String referenceModel = "";
        double referenceSeconds = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.get("models").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> model = it.next();
            referenceSeconds += model.getValue().get("seconds").asDouble();
            if (model.getValue().get("score").asDouble() == reference.get("best").asDouble()) {
                referenceModel = model.getKey();
            }
        }
        for (CandidateResult candidate : result.leaderboard()) {
            System.out.printf(Locale.ROOT, "    %-22s %s %.4f (%s, fit %d ms/fold)%s%n", candidate.name(), metric,
                    candidate.cvMetrics().getOrDefault(metric, Double.NaN), candidate.status(),
                    candidate.trainMillis(), candidate.name().equals(shipped.name()) ? "  ← shipped"
                            : candidate.ok() ? "" : "  " + candidate.note());
        }
        return new Line(file, metric, shipped.cvMetrics().getOrDefault(metric, Double.NaN), shipped.name(),
                reference.get("best").asDouble(), referenceModel, seconds, referenceSeconds);
    }

    private static int distinctValues(Column column) {
        Set<String> values = new HashSet<>();
        for (int row = 0; row < column.size(); row++) {
            if (column.value(row) != null) {
                values.add(column.value(row));
            }
        }
        return values.size();
    }

    private static void print(List<Line> lines) {
        System.out.println();
        System.out.println("| dataset | metric | Sightline (shipped model) | scikit-learn best | gap, points | Sightline s"
                + " | scikit-learn s | time ratio |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Line line : lines) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.4f (%s) | %.4f (%s) | %+.1f | %.1f | %.1f | %.2f |%n",
                    line.file(), line.metric(), line.sightline(), line.shipped(), line.reference(),
                    line.referenceModel(), line.gap(), line.seconds(), line.referenceSeconds(), line.ratio());
        }
        if (lines.isEmpty()) {
            return;
        }
        double meanGap = lines.stream().mapToDouble(Line::gap).average().orElse(Double.NaN);
        Line worstGap = lines.stream().max((a, b) -> Double.compare(a.gap(), b.gap())).orElseThrow();
        Line worstRatio = lines.stream().max((a, b) -> Double.compare(a.ratio(), b.ratio())).orElseThrow();
        System.out.println();
        System.out.printf(Locale.ROOT, "mean gap %+.2f points (goal ≤ 0): %s%n", meanGap, meanGap <= 0 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "worst gap %+.2f points on %s (goal ≤ %.0f): %s%n", worstGap.gap(),
                worstGap.file(), WORST_GAP_POINTS, worstGap.gap() <= WORST_GAP_POINTS ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "worst time ratio %.2f on %s (goal ≤ %.0f): %s%n", worstRatio.ratio(),
                worstRatio.file(), WORST_TIME_RATIO, worstRatio.ratio() <= WORST_TIME_RATIO ? "met" : "NOT met");
        System.out.println("(gap: points by which Sightline's shipped model is behind scikit-learn's best; negative:"
                + " ahead. Times are wall clock: Sightline's whole AutoML on all cores, scikit-learn's three models"
                + " on one thread.)");
    }
}

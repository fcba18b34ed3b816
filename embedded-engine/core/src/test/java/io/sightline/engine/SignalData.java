package io.sightline.engine;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic yes/no dataset whose label depends on one column only: {@code approved} is "yes" exactly when
 * {@code signal} is above 60. {@code noise} and {@code size} are random numbers, {@code colour} a random
 * category; none of them says anything about the label. Seeded: the same rows every time.
 */
public final class SignalData {
    public static final List<String> INPUTS = List.of("signal", "noise", "size", "colour");
    private static final String[] COLOURS = {"red", "green", "blue"};

    private final List<Map<String, String>> rows = new ArrayList<>();

    public SignalData(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            double signal = random.nextInt(1000) / 10.0;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("signal", format(signal));
            row.put("noise", format(random.nextInt(10_000) / 100.0 - 50));
            row.put("size", Integer.toString(1_000 + random.nextInt(9_000)));
            row.put("colour", COLOURS[random.nextInt(COLOURS.length)]);
            row.put("approved", signal > 60 ? "yes" : "no");
            rows.add(row);
        }
    }

    /** The rows, label included; copies that callers may change. */
    public List<Map<String, String>> rows() {
        return rows.stream().map(row -> (Map<String, String>) new LinkedHashMap<>(row)).toList();
    }

    /** The rows without the label, as a deployment is asked. */
    public List<Map<String, String>> inputs() {
        return rows().stream().peek(row -> row.remove("approved")).toList();
    }

    public Path writeCsv(Path file) {
        return writeCsv(file, rows);
    }

    /**
     * The rows with one more input, {@code region} ("north" and "south" in turn), which says nothing about the
     * label either: a version trained on them needs an input the others do not take.
     */
    public Path writeCsvWithRegion(Path file) {
        List<Map<String, String>> withRegion = rows();
        for (int i = 0; i < withRegion.size(); i++) {
            withRegion.get(i).put("region", i % 2 == 0 ? "north" : "south");
        }
        return writeCsv(file, withRegion);
    }

    private static Path writeCsv(Path file, List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
        for (Map<String, String> row : rows) {
            text.append(String.join(",", row.values())).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the rows into {@code platform}, trains on them and returns the run (model "signal"). */
    public RunInfo train(Platform platform, Path directory) {
        DatasetInfo dataset = platform.importDataset("signal", writeCsv(directory.resolve("signal.csv")));
        return train(platform, dataset.id());
    }

    /** Trains another version of the model "signal" on the dataset {@code datasetId} and returns its run. */
    public static RunInfo train(Platform platform, String datasetId) {
        TrainingJob job = platform.startTraining(TrainingRequest.of(datasetId, "approved", "signal")
                .withBudget(Duration.ofSeconds(60)));
        return platform.run(platform.awaitTraining(job.id(), Duration.ofMinutes(5)).runId());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

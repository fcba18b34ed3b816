package io.sightline.engine.monitor;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.config.RetrainingConfig;
import io.sightline.engine.data.Numbers;
import io.sightline.engine.serve.FileScorer;
import io.sightline.engine.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training table of a retraining: the deployment's predictions of a window that have outcomes, as a CSV file
 * of the served model's input columns and its target holding the actual outcome. Refuses, in plain words, when
 * there are too few to learn from: {@link RetrainingConfig#minRows()} rows, and for categories at least two of them
 * with {@link RetrainingConfig#minRowsPerClass()} rows each (for numbers, two different values).
 */
public final class RetrainingTable {
    private final Database database;
    private final InstantSource clock;
    private final int minRows;
    private final int minPerClass;

    public RetrainingTable(Database database, InstantSource clock) {
        this(database, clock, RetrainingConfig.defaults());
    }

    public RetrainingTable(Database database, InstantSource clock, RetrainingConfig config) {
        this.database = database;
        this.clock = clock;
        this.minRows = config.minRows();
        this.minPerClass = config.minRowsPerClass();
    }

    /** Writes the table to {@code file} and returns its number of rows; leaves no file when it refuses. */
    public long write(String deployment, Duration window, ModelSchema schema, Path file) {
        TimeSpan span = TimeSpan.last(window, clock);
        List<String> columns = schema.inputs().stream().map(FieldSpec::name).toList();
        boolean numbers = !schema.task().isClassification();
        Map<String, Long> outcomes = new HashMap<>();
        long[] rows = new long[1];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(columns);
            header.add(schema.target());
            line(out, header);
            new PredictionWindow(database, deployment, span).forEach(true, true, row -> {
                String actual = row.actualLabel();
                if (numbers && Double.isNaN(Numbers.parse(actual))) {
                    return; // a number model learns only from outcomes that are numbers
                }
                List<String> cells = new ArrayList<>(columns.size() + 1);
                columns.forEach(column -> cells.add(row.inputs().getOrDefault(column, "")));
                cells.add(actual);
                line(out, cells);
                if (!numbers || outcomes.size() < 2 || outcomes.containsKey(actual)) {
                    outcomes.merge(actual, 1L, Long::sum); // two values are all a number model needs to know of
                }
                rows[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(file);
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not write the retraining table " + file + ": "
                    + e.getMessage(), e);
        }
        String problem = tooFew(rows[0], outcomes, numbers);
        if (problem != null) {
            deleteQuietly(file);
            throw PlatformException.invalid(problem);
        }
        return rows[0];
    }

    private String tooFew(long rows, Map<String, Long> outcomes, boolean numbers) {
        String needed = numbers
                ? "at least " + minRows + " predictions whose outcomes are numbers, with two different values"
                : "at least " + minRows + " predictions with reported outcomes, and " + minPerClass
                        + " or more of each of at least two outcomes";
        long classesWithEnough = outcomes.values().stream().filter(n -> n >= minPerClass).count();
        boolean enough = rows >= minRows && (numbers ? outcomes.size() >= 2 : classesWithEnough >= 2);
        if (enough) {
            return null;
        }
        return "Retraining needs " + needed + " in the window; it has " + rows + (outcomes.isEmpty() ? ""
                : " (" + outcomes.size() + (outcomes.size() == 1 ? " outcome" : " different outcomes") + ")")
                + ". Report more outcomes or choose a longer window.";
    }

    private static void line(BufferedWriter out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(FileScorer.csvCell(cells.get(i) == null ? "" : cells.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

package io.sightline.engine.serve;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a CSV file into a new one: every input column as it was, then {@code label} (the predicted class or
 * value) and {@code score} (the confidence in that class, or the predicted value). Rows go to the model in
 * batches. The output is written to a temporary file and moved into place at the end, so a failure never
 * leaves a half-written file where the user expects a whole one. The file is meant to be opened in spreadsheets,
 * so text that a spreadsheet would run as a formula is written inert (see {@link #spreadsheetCell}).
 */
public final class FileScorer {
    private static final int BATCH = 2_048;
    /** First characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final CsvImporter importer;
    private final TrainedModel model;
    private final ScoredRowListener listener;

    /** Told about every scored row, e.g. to log it. */
    @FunctionalInterface
    public interface ScoredRowListener {
        void scored(Map<String, String> row, ModelPrediction prediction, double micros);
    }

    public FileScorer(CsvImporter importer, TrainedModel model, ScoredRowListener listener) {
        this.importer = importer;
        this.model = model;
        this.listener = listener;
    }

    /** The text logged and written for a prediction: the label, or the value for regression. */
    public static String output(ModelPrediction prediction) {
        return prediction.label() != null ? prediction.label() : format(prediction.value());
    }

    /** Scores {@code input} into {@code output} and returns the number of rows written. */
    public long score(Path input, Path output) {
        Table table = importer.readTable(input, Map.of());
        List<String> missing = model.schema().inputs().stream().map(FieldSpec::name)
                .filter(name -> !table.hasColumn(name)).toList();
        if (!missing.isEmpty()) {
            throw PlatformException.invalid("The file has no column " + String.join(", ", quoted(missing))
                    + ", which the model needs. Add the column(s), even empty, and score it again.");
        }
        Path target = output.toAbsolutePath();
        try {
            Path directory = target.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".scoring-", ".csv");
            try {
                writeScored(table, temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.INVALID_INPUT, "Could not write " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
        return table.rowCount();
    }

    private void writeScored(Table table, Path file) throws IOException {
        List<Column> columns = table.columns();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(table.columnNames());
            header.add("label");
            header.add("score");
            writeLine(out, header);
            for (int start = 0; start < table.rowCount(); start += BATCH) {
                int end = Math.min(table.rowCount(), start + BATCH);
                List<Map<String, String>> rows = new ArrayList<>(end - start);
                for (int r = start; r < end; r++) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Column column : columns) {
                        String value = column.value(r);
                        row.put(column.name(), value == null ? "" : value);
                    }
                    rows.add(row);
                }
                long began = System.nanoTime();
                List<ModelPrediction> predictions = model.predictBatch(rows);
                double microsPerRow = (System.nanoTime() - began) / 1_000.0 / rows.size();
                for (int i = 0; i < rows.size(); i++) {
                    ModelPrediction prediction = predictions.get(i);
                    List<String> cells = new ArrayList<>(rows.get(i).values());
                    cells.add(output(prediction));
                    cells.add(format(prediction.label() != null ? prediction.confidence() : prediction.value()));
                    writeLine(out, cells);
                    listener.scored(rows.get(i), prediction, microsPerRow);
                }
            }
        }
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    /** A number as the scored file and the log write it: six significant digits, empty when there is none. */
    static String format(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static void writeLine(BufferedWriter out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(spreadsheetCell(cells.get(i)));
        }
        out.write('\n');
    }

    /**
     * A cell as {@link #csvCell} writes it, except that text starting with {@code = + - @}, a tab or a carriage
     * return gets a leading {@code '}: spreadsheets run such text as a formula, and a formula can fetch URLs or
     * run commands on the reader's machine (CSV injection). Numbers, such as {@code -1.5}, stay numbers. For
     * files people open; files read back by the engine itself keep their values exactly through {@link #csvCell}.
     */
    public static String spreadsheetCell(String cell) {
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
            return csvCell("'" + cell);
        }
        return csvCell(cell);
    }

    /** RFC 4180: quote cells holding a comma, a quote or a line break; double the quotes inside. */
    public static String csvCell(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

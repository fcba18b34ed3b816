package io.sightline.engine.data;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetPreview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CSV files: checks them, infers the type of each column and profiles it in one streaming pass
 * ({@link #inspect}), reads them whole for training ({@link #readTable}) and shows their first rows
 * ({@link #preview}). A file that cannot be used is refused with a {@link BadFileException} naming the line
 * and what to do; nothing is written anywhere.
 *
 * <p>Cells: surrounding spaces do not count; a cell is missing when it is empty or says {@code NA},
 * {@code N/A}, {@code null}, {@code NaN} (in any case) or {@code ?}.
 *
 * <p>Types, from the non-missing values of a column:
 * <ul>
 *   <li>NUMERIC: every value is a decimal number (0/1 columns included), unless the column is an identifier:
 *       whole numbers, all different, under a name such as {@code id}, {@code customer_id} or {@code orderKey};
 *   <li>BOOLEAN: the values are the two words of one pair: true/false, yes/no, y/n or t/f (any case);
 *   <li>DATETIME: every value is a date or date-time that {@link DateTimes} reads;
 *   <li>IDENTIFIER: every value is a UUID, or the values (at least 20) are all different;
 *   <li>TEXT: free text: on average longer than 30 characters, at least half with spaces, at least half
 *       different;
 *   <li>CATEGORICAL: anything else.
 * </ul>
 *
 * <p>Profiles: count, missing, min, max, mean and standard deviation (sample, n − 1) are exact. Distinct
 * counts are exact up to 10 000 distinct values, then a HyperLogLog estimate (about ±2 %). Quantiles p5 to
 * p95 come from a seeded reservoir sample of 20 000 values per column: exact for columns with no more values,
 * and the same on every run. Histograms have 20 equal bins from min to max: exact for columns of up to 20 000
 * values, otherwise counted in 1024 fine bins during the pass and spread over the 20 (see
 * {@link RunningHistogram}). Top categories: the 50 most frequent values of non-numeric columns, and of
 * numeric columns with at most 50 distinct values (0/1 flags, class codes); past 10 000 distinct values they
 * are counted among the values first seen.
 */
public final class CsvImporter {
    /** Fewer data rows than this cannot teach a model anything. */
    public static final int MIN_ROWS = 20;
    private static final long SEED = 42;

    private final ImportLimits limits;

    public CsvImporter() {
        this(ImportLimits.forThisRuntime());
    }

    public CsvImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /** Checks, hashes, counts and profiles {@code file} in one streaming pass, whatever its size. */
    public ImportResult inspect(Path file) {
        return inspect(file, true);
    }

    /**
     * {@link #inspect(Path)}, with the profiling on a thread of its own when {@code pipelined} (the profiles are
     * the same either way; the other way is kept to show that).
     */
    ImportResult inspect(Path file, boolean pipelined) {
        try (CsvParser parser = CsvParser.open(file, limits.maxRecordBytes())) {
            ColumnProfiler[] profilers = profilers(parser.header());
            long rows = pipelined ? readBatches(parser, profilers, ProfilingStage.BATCH_CELLS)
                    : readRows(parser, profilers, null);
            List<ColumnProfile> profiles = new ArrayList<>(profilers.length);
            List<DataIssue> issues = new ArrayList<>();
            for (ColumnProfiler profiler : profilers) {
                ColumnProfile profile = profiler.profile();
                profiles.add(profile);
                issues.addAll(profiler.issues(profile));
            }
            List<String> header = parser.header();
            return new ImportResult(parser.sha256(), parser.bytesRead(), rows, parser.dialect(), profiles, issues,
                    header.get(header.size() - 1));
        }
    }

    /**
     * Why a file of {@code size} bytes cannot be read into a table with this runtime's memory, in plain words,
     * or empty when it can: asked before training, so that the user hears it before starting.
     */
    public Optional<String> tooLargeToTrain(long size) {
        if (size <= limits.maxTableBytes()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This file is %s; training can use files up"
                + " to %s with the memory this program has. Start it with more memory (for example"
                + " -Xmx%dg) or use a sample of the file.", size(size), size(limits.maxTableBytes()),
                Math.max(2, (size * ImportLimits.TABLE_BYTES_PER_FILE_BYTE >> 30) + 2)));
    }

    /**
     * Reads the whole of {@code file} into a table with the inferred column types, replaced by
     * {@code overrides} where given. Cells keep their text (trimmed); missing cells are null.
     *
     * @throws BadFileException also when the file is too large for the memory of this runtime
     */
    public Table readTable(Path file, Map<String, ColumnType> overrides) {
        tooLargeToTrain(sizeOf(file)).ifPresent(message -> {
            throw new BadFileException(0, message);
        });
        try (CsvParser parser = CsvParser.open(file, limits.maxRecordBytes())) {
            ColumnProfiler[] profilers = profilers(parser.header());
            CellColumn[] cells = new CellColumn[profilers.length];
            Arrays.setAll(cells, c -> new CellColumn());
            int rows = (int) readRows(parser, profilers, cells);
            List<Column> columns = new ArrayList<>(profilers.length);
            for (int c = 0; c < profilers.length; c++) {
                columns.add(Column.of(profilers[c].name(), profilers[c].type(), cells[c].values(rows)));
            }
            return new Table(columns).withTypes(overrides == null ? Map.of() : overrides);
        }
    }

    /** The header and the first {@code maxRows} rows of {@code file}, each cell as written (unquoted). */
    public DatasetPreview preview(Path file, int maxRows) {
        try (CsvParser parser = CsvParser.open(file, limits.maxRecordBytes())) {
            List<List<String>> rows = new ArrayList<>();
            int width = parser.header().size();
            while (rows.size() < maxRows && parser.next()) {
                List<String> row = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    row.add(parser.text(c));
                }
                rows.add(row);
            }
            return new DatasetPreview(parser.header(), rows);
        }
    }

    /**
     * Feeds every remaining row to the profilers, and to {@code cells} when given; returns the number of rows.
     *
     * @throws BadFileException when there are too few rows
     */
    private static long readRows(CsvParser parser, ColumnProfiler[] profilers, CellColumn[] cells) {
        long rows = 0;
        while (parser.next()) {
            rows++;
            byte[] bytes = parser.buffer();
            long line = parser.line();
            for (int c = 0; c < profilers.length; c++) {
                int from = parser.start(c);
                int to = parser.end(c);
                profilers[c].accept(bytes, from, to, line, parser.number(c));
                if (cells != null) {
                    cells[c].add(bytes, from, to);
                }
            }
        }
        requireEnoughRows(rows);
        return rows;
    }

    /**
     * Feeds every remaining row to the profilers, which run on another thread, in batches of about
     * {@code batchCells} cells; returns the number of rows.
     *
     * @throws BadFileException when there are too few rows
     */
    static long readBatches(CsvParser parser, ColumnProfiler[] profilers, int batchCells) {
        long rows = 0;
        try (ProfilingStage stage = new ProfilingStage(profilers, CsvParser.BUFFER, batchCells)) {
            while (true) {
                RecordBatch batch = stage.freeBatch();
                int stop = parser.fill(batch);
                rows += batch.rows();
                if (stop == CsvParser.BUFFER_END) {
                    batch.releaseBufferAfter();
                    stage.submit(batch);
                    parser.continueIn(stage.freeBuffer());
                } else {
                    stage.submit(batch);
                    if (stop == CsvParser.FILE_END) {
                        break;
                    }
                }
            }
            stage.finish();
        }
        requireEnoughRows(rows);
        return rows;
    }

    private static ColumnProfiler[] profilers(List<String> header) {
        ColumnProfiler[] profilers = new ColumnProfiler[header.size()];
        for (int c = 0; c < profilers.length; c++) {
            profilers[c] = new ColumnProfiler(header.get(c), SEED + c);
        }
        return profilers;
    }

    private static void requireEnoughRows(long rows) {
        if (rows == 0) {
            throw new BadFileException(0, "The file has a header but no rows of data. Add the data below the"
                    + " header line, one row per line.");
        }
        if (rows < MIN_ROWS) {
            throw new BadFileException(0, "At least " + MIN_ROWS + " rows are needed to learn anything; this file"
                    + " has " + rows + ". Add more rows of data.");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // opening it will say what is wrong in plain words
            return 0;
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024
                ? String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(bytes / 1024.0)))
                : String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** The cells of one column as strings, equal values sharing one string while there are few of them. */
    private static final class CellColumn {
        private static final int SHARED_LIMIT = 10_000;
        private String[] values = new String[1024];
        private int size;
        private final Map<String, String> shared = new HashMap<>();

        void add(byte[] bytes, int from, int to) {
            int start = CellText.trimStart(bytes, from, to);
            int end = CellText.trimEnd(bytes, start, to);
            String value = null;
            if (!CellText.isMissing(bytes, start, end)) {
                value = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                String same = shared.get(value);
                if (same != null) {
                    value = same;
                } else if (shared.size() < SHARED_LIMIT) {
                    shared.put(value, value);
                }
            }
            if (size == values.length) {
                if (size == Integer.MAX_VALUE - 8) {
                    throw new BadFileException(0, "This file has more rows than training can hold. Use a sample.");
                }
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, (long) size * 2));
            }
            values[size++] = value;
        }

        String[] values(int rows) {
            return Arrays.copyOf(values, rows);
        }
    }
}

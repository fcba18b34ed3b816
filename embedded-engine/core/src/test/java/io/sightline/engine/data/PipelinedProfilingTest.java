package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ColumnProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profiling batches on another thread gives exactly what profiling row by row on one thread gives. */
class PipelinedProfilingTest {
    private static final String HEADER = "id,amount,score,flag,when,note,code,late";

    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter(new ImportLimits(1L << 30, 4 << 20));

    /** Rows of numbers, missing values, quotes, words, dates and free text; "late" turns to text near the end. */
    private Path mixedFile(String name, long seed, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String[] missing = {"", "NA", " ", "null", "?", "N/A", "nan"};
        for (int row = 0; row < rows; row++) {
            String amount = random.nextInt(20) == 0 ? missing[random.nextInt(missing.length)]
                    : random.nextInt(30) == 0 ? String.format(Locale.ROOT, "%.3e", random.nextGaussian() * 1e5)
                    : random.nextInt(30) == 0 ? "\"" + random.nextInt(1000) + "\""
                    : String.format(Locale.ROOT, "%.4f", random.nextGaussian() * 1e3);
            String score = random.nextInt(50) == 0 ? " " + random.nextInt(5) + " " : Integer.toString(random.nextInt(5));
            String flag = random.nextBoolean() ? "yes" : random.nextInt(40) == 0 ? "" : "no";
            String when = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            String note = switch (random.nextInt(4)) {
                case 0 -> "\"a note, with a comma and \"\"quotes\"\" number " + random.nextInt(100) + "\"";
                case 1 -> "\"two\nlines " + random.nextInt(10) + "\"";
                case 2 -> "plain words " + random.nextInt(30_000) + " ünïcode";
                default -> "";
            };
            String code = "C" + random.nextInt(12);
            String late = row > rows - 50 && random.nextInt(10) == 0 ? "unknown" : Double.toString(random.nextDouble());
            csv.append(String.join(",", Integer.toString(row), amount, score, flag, when, note, code, late));
            csv.append(random.nextInt(7) == 0 ? "\r\n" : "\n");
            if (random.nextInt(500) == 0) {
                csv.append('\n'); // an empty line, skipped
            }
        }
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void givesTheProfilesOfTheSingleThreadedPass(long seed) throws IOException {
        // enough rows to fill the samples, run the histograms, pass the exact distinct limit and several buffers
        Path file = mixedFile("mixed" + seed + ".csv", seed, 60_000);
        ImportResult serial = importer.inspect(file, false);
        ImportResult pipelined = importer.inspect(file, true);
        assertThat(pipelined).isEqualTo(serial);
        assertThat(pipelined.sizeBytes()).isGreaterThan(3L * CsvParser.BUFFER);
        assertThat(pipelined.columns()).extracting(ColumnProfile::name).containsExactly(HEADER.split(","));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 9, 100, 5_000})
    void batchesOfAnySizeGiveTheSameProfiles(int batchCells) throws IOException {
        Path file = mixedFile("small.csv", 9, 25_000);
        ImportResult serial = importer.inspect(file, false);
        ColumnProfiler[] profilers = new ColumnProfiler[HEADER.split(",").length];
        long rows;
        try (CsvParser parser = CsvParser.open(file, 4 << 20)) {
            for (int c = 0; c < profilers.length; c++) {
                profilers[c] = new ColumnProfiler(parser.header().get(c), 42 + c);
            }
            rows = CsvImporter.readBatches(parser, profilers, batchCells);
        }
        assertThat(rows).isEqualTo(serial.rows());
        for (int c = 0; c < profilers.length; c++) {
            assertThat(profilers[c].profile()).isEqualTo(serial.columns().get(c));
        }
    }

    @Test
    void aRecordLongerThanABufferMovesToALargerOne() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (int row = 0; row < 30_000; row++) {
            csv.append(row).append(',').append(row % 7).append(",x").append(row % 3).append('\n');
        }
        csv.append("1,2,\"").append("long text ".repeat(150_000)).append("\"\n");
        for (int row = 0; row < 30_000; row++) {
            csv.append(row).append(',').append(row % 5).append(",y\n");
        }
        Path file = Files.writeString(dir.resolve("long.csv"), csv);
        assertThat(importer.inspect(file, true)).isEqualTo(importer.inspect(file, false));
    }

    @Test
    void refusesARaggedRowDeepInTheFileAsTheSingleThreadedPassDoes() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (int row = 0; row < 200_000; row++) {
            csv.append(row).append(",1.5,x\n");
        }
        String wide = csv + "1,2,3,4\n5,6,7\n";
        String narrow = csv + "1,2\n5,6,7\n";
        for (String text : List.of(wide, narrow)) {
            Path file = Files.writeString(dir.resolve("ragged.csv"), text);
            BadFileException serial = catchThrowableOfType(BadFileException.class,
                    () -> importer.inspect(file, false));
            BadFileException pipelined = catchThrowableOfType(BadFileException.class,
                    () -> importer.inspect(file, true));
            assertThat(pipelined).isNotNull();
            assertThat(pipelined.getMessage()).isEqualTo(serial.getMessage()).contains("Line 200002 has");
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-profile") && t.isAlive());
    }
}

package io.sightline.engine.bench;

import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.ImportResult;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures {@link CsvImporter#inspect} on a large numeric CSV file: 20 columns of decimal numbers, about 1 GB,
 * made once from a fixed seed and kept in the folder given as first argument (default {@code bench-data}).
 * A second argument sets the size in MB; a third, how many times to repeat the measurement.
 */
public final class ImportBenchmark {
    private static final int COLUMNS = 20;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench-data");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path file = folder.resolve("numeric-" + megabytes + "mb.csv");
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            long started = System.nanoTime();
            generate(file, megabytes << 20);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
        }
        double size = Files.size(file) / (1024.0 * 1024.0);
        CsvImporter importer = new CsvImporter();
        for (int run = 1; run <= repeats; run++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportResult result = importer.inspect(file);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: import+profile: %.0f MB in %.2f s = %.0f MB/s (%,d rows, %d columns,"
                    + " peak heap %.0f MB of max %.0f MB)%n", run, size, seconds, size / seconds, result.rows(),
                    result.columns().size(), peakHeapMegabytes(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        }
    }

    /** The sum of the peak use of each heap pool since the last reset: an upper bound of the peak heap. */
    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Writes rows of numbers such as -1234.567891 until the file has {@code bytes} bytes. */
    private static void generate(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        byte[] row = new byte[COLUMNS * 24 + 2];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < COLUMNS; c++) {
                header.append(c == 0 ? "" : ",").append("x").append(c + 1);
            }
            header.append('\n');
            out.write(header.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            long written = header.length();
            while (written < bytes) {
                int n = 0;
                for (int c = 0; c < COLUMNS; c++) {
                    if (c > 0) {
                        row[n++] = ',';
                    }
                    long micros = (long) (random.nextGaussian() * (c + 1) * 1e8);
                    n = writeDecimal(row, n, micros);
                }
                row[n++] = '\n';
                out.write(row, 0, n);
                written += n;
            }
        }
    }

    /** Writes {@code micros} / 10^6 with six decimals. */
    private static int writeDecimal(byte[] to, int at, long micros) {
        if (micros < 0) {
            to[at++] = '-';
            micros = -micros;
        }
        String digits = Long.toString(micros / 1_000_000);
        for (int i = 0; i < digits.length(); i++) {
            to[at++] = (byte) digits.charAt(i);
        }
        to[at++] = '.';
        long fraction = micros % 1_000_000;
        for (long scale = 100_000; scale > 0; scale /= 10) {
            to[at++] = (byte) ('0' + fraction / scale % 10);
        }
        return at;
    }
}

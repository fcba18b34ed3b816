package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvParserTest {
    @TempDir
    Path dir;

    @Test
    void numbersReadWhileScanningAreTheJdksNumbers() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("a,b,c,d\n");
        String[] odd = {"1e5", "+4", " 7", "12345678901234567", "-", ".", "5.", ".25", "-0", "007", "1.2.3", "x"};
        for (int row = 0; row < 20_000; row++) {
            csv.append(String.format(Locale.ROOT, "%.6f", random.nextGaussian() * 1e4)).append(',')
                    .append(random.nextLong(-1_000_000_000L, 1_000_000_000L)).append(',')
                    .append(random.nextDouble()).append(',')
                    .append(odd[row % odd.length]).append('\n');
        }
        Path file = Files.writeString(dir.resolve("numbers.csv"), csv);
        long plain = 0;
        try (CsvParser parser = CsvParser.open(file, 1 << 20)) {
            while (parser.next()) {
                for (int c = 0; c < 4; c++) {
                    double fast = parser.number(c);
                    if (!Double.isNaN(fast)) {
                        plain++;
                        assertThat(fast).as(parser.text(c)).isEqualTo(Double.parseDouble(parser.text(c)));
                    }
                }
            }
        }
        // the first two columns are always plain decimals; the third only when short enough to be exact
        assertThat(plain).isGreaterThan(40_000);
    }

    @Test
    void closingEarlyStopsTheReadAheadThread() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int row = 0; row < 1_000_000; row++) {
            csv.append(row).append(",x\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        assertThat(new CsvImporter().preview(file, 5).rows()).hasSize(5);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-read-ahead"));
    }

    @Test
    void theDigestIsOfEveryByte() throws Exception {
        byte[] bytes = new byte[41 * 80_000]; // more than three read-ahead chunks, whole lines
        new SplittableRandom(3).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 41 == 40 ? '\n' : i % 41 == 20 ? ',' : 'a' + (bytes[i] & 15));
        }
        Path file = Files.write(dir.resolve("hash.csv"), bytes);
        try (CsvParser parser = CsvParser.open(file, 1 << 20)) {
            while (parser.next()) {
                assertThat(parser.line()).isPositive();
            }
            assertThat(parser.bytesRead()).isEqualTo(bytes.length);
            assertThat(parser.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }
}

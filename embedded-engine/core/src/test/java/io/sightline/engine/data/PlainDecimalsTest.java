package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain decimals the parser reads while scanning, eight bytes at a time or one by one. */
class PlainDecimalsTest {
    /** What the parser promises to read while scanning: an optional minus, at most 15 digits, one optional point. */
    private static final Pattern PLAIN = Pattern.compile("-?(?=\\.?[0-9])[0-9]*(\\.[0-9]*)?");

    @TempDir
    Path dir;

    private static long word(String eightBytes) {
        return ByteBuffer.wrap(eightBytes.getBytes(StandardCharsets.ISO_8859_1)).order(ByteOrder.LITTLE_ENDIAN)
                .getLong();
    }

    @Test
    void findsTheDigitsAtTheStartOfAWord() {
        assertThat(Numbers.leadingDigits(word("1234.567"))).isEqualTo(4);
        assertThat(Numbers.leadingDigits(word("12345678"))).isEqualTo(8);
        assertThat(Numbers.leadingDigits(word(",1234567"))).isZero();
        assertThat(Numbers.leadingDigits(word("9/:09\u00ff00"))).isEqualTo(1);
        assertThat(Numbers.leadingDigits(word("0000000\u00ff"))).isEqualTo(7);
        assertThat(Numbers.leadingDigits(word("00\u0000\u00ff\u008a999"))).isEqualTo(2);
    }

    @Test
    void readsTheValueOfLeadingDigits() {
        assertThat(Numbers.digitsValue(word("1234.567"), 4)).isEqualTo(1234);
        assertThat(Numbers.digitsValue(word("9876543,"), 7)).isEqualTo(9_876_543);
        assertThat(Numbers.digitsValue(word("0070\n\n\n\n"), 4)).isEqualTo(70);
        assertThat(Numbers.digitsValue(word(",,,,,,,,"), 0)).isZero();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            int count = random.nextInt(8);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                text.append(k < count ? (char) ('0' + random.nextInt(10)) : (char) random.nextInt(0x100));
            }
            long expected = count == 0 ? 0 : Long.parseLong(text.substring(0, count));
            assertThat(Numbers.digitsValue(word(text.toString()), count)).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void readsPlainDecimalsAsTheJdkDoesAndNothingElse() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String[] odd = {"-", ".", "-.", "5.", ".25", "-.5", "-0", "007", "1.2.3", "x", "1e5", "+4", " 7", "7 ", "12a",
            "123456789012345", "1234567890123456", "12345678.5", "1.12345678", "--1", "1-", "0.0000001", "1,5"};
        List<String> cells = new ArrayList<>();
        StringBuilder csv = new StringBuilder("a,b,c\n");
        for (int row = 0; row < 30_000; row++) {
            String[] values = {
                random.nextBoolean() ? odd[random.nextInt(odd.length)] : randomDecimal(random),
                randomDecimal(random),
                random.nextInt(10) == 0 ? "\"" + randomDecimal(random) + "\"" : randomDecimal(random)};
            for (int c = 0; c < 3; c++) {
                String value = values[c].equals("1,5") ? "\"1,5\"" : values[c];
                csv.append(c == 0 ? "" : ",").append(value);
                cells.add(values[c]);
            }
            csv.append(row % 3 == 0 ? "\r\n" : "\n");
        }
        Path file = Files.writeString(dir.resolve("decimals.csv"), csv);
        int cell = 0;
        try (CsvParser parser = CsvParser.open(file, 1 << 20)) {
            while (parser.next()) {
                for (int c = 0; c < 3; c++, cell++) {
                    String text = parser.text(c);
                    String written = cells.get(cell);
                    boolean quoted = c == 2 && !text.equals(written) || written.equals("1,5");
                    boolean plain = !quoted && PLAIN.matcher(text).matches() && text.replaceAll("[^0-9]", "").length() <= 15;
                    double number = parser.number(c);
                    if (plain) {
                        assertThat(number).as(text).isEqualTo(Double.parseDouble(text));
                    } else {
                        assertThat(number).as(text).isNaN();
                    }
                }
            }
        }
        assertThat(cell).isEqualTo(cells.size());
    }

    private static String randomDecimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append('-');
        }
        int whole = random.nextInt(10);
        for (int i = 0; i < whole; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        if (whole == 0 || random.nextInt(4) != 0) {
            text.append('.');
            int fraction = random.nextInt(whole == 0 ? 1 : 0, 10);
            for (int i = 0; i < fraction; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }
}

package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
    private static double parse(String text) {
        byte[] bytes = ("#" + text + "#").getBytes(StandardCharsets.ISO_8859_1);
        return Numbers.parse(bytes, 1, bytes.length - 1);
    }

    @Test
    void readsDecimalNumbers() {
        assertThat(parse("0")).isEqualTo(0.0);
        assertThat(parse("-12.5")).isEqualTo(-12.5);
        assertThat(parse("+3")).isEqualTo(3.0);
        assertThat(parse(".5")).isEqualTo(0.5);
        assertThat(parse("5.")).isEqualTo(5.0);
        assertThat(parse("1e3")).isEqualTo(1000.0);
        assertThat(parse("2.5E-3")).isEqualTo(0.0025);
        assertThat(parse("0.1")).isEqualTo(0.1);
        assertThat(parse("-0")).isEqualTo(-0.0);
        assertThat(parse("123456789012345678901234567890")).isEqualTo(1.2345678901234568E29);
        assertThat(parse("0.038075906433423026")).isEqualTo(0.038075906433423026);
    }

    @Test
    void refusesWhatACsvValueShouldNotMeanAsANumber() {
        for (String text : List.of("", "-", ".", "e5", "1e", "1.2.3", "1,5", "Infinity", "NaN", "0x10", "1d", "1f",
                "12a", " 1", "1e999", "--1")) {
            assertThat(parse(text)).as(text).isNaN();
        }
    }

    @Test
    void agreesWithTheJdkOnRandomDoublesToTheLastBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 1000;
                case 1 -> Math.round(random.nextGaussian() * 1e8) / 1e6;
                case 2 -> Double.longBitsToDouble(random.nextLong() >>> 2);
                default -> random.nextInt(1_000_000) / 1000.0;
            };
            String text = i % 8 == 1 ? String.format("%.6f", value) : Double.toString(value);
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }
}

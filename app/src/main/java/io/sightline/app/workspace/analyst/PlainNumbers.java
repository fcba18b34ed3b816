package io.sightline.app.workspace.analyst;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as a reader wants them: three significant digits, thousands grouped, no trailing zeros. */
final class PlainNumbers {
    private PlainNumbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        return format.format(rounded);
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    static String seconds(long millis) {
        return millis < 10_000
                ? String.format(Locale.ENGLISH, "%.1f s", millis / 1000.0)
                : Math.round(millis / 1000.0) + " s";
    }
}

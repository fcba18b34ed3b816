package io.sightline.engine.serve.release;

import java.util.Locale;

/** Numbers as the release sentences write them: rates in per cent, differences in points, counts with commas. */
final class PlainNumbers {
    private PlainNumbers() {
    }

    /** A measured rate with one decimal: 0.7412 → "74.1 %". */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    /** A limit or setting without needless decimals: 0.01 → "1 %", 0.975 → "97.5 %". */
    static String limitPercent(double rate) {
        return plain(rate * 100) + " %";
    }

    /** A difference of rates in signed points: 0.038 → "+3.8". */
    static String signedPoints(double difference) {
        return String.format(Locale.ROOT, "%+.1f", difference * 100);
    }

    /** A count with thousands separated: 4210 → "4,210". */
    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A number with at most two decimals, trailing zeros dropped: 1.50 → "1.5", 2.0 → "2". */
    static String plain(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}

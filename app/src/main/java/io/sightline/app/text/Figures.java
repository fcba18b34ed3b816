package io.sightline.app.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One way to write each kind of figure, so that the same number reads the same on every screen. */
public final class Figures {
    /** What is shown where a figure is missing (null, NaN): a dash, never a made-up zero. */
    public static final String NONE = "—";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final int SHORT_SHA = 12;

    private Figures() {
    }

    /** A metric with three decimals: "0.912". */
    public static String metric(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A mean and its spread over folds: "0.912 ± 0.013". */
    public static String metricWithSpread(double mean, double std) {
        if (Double.isNaN(std)) {
            return metric(mean);
        }
        return metric(mean) + " ± " + metric(std);
    }

    /** A whole count with thousands separators: "12,480". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share as a percentage with one decimal: "3.5 %". */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** A plain number (a statistic of a column): at most three decimals, no trailing zeros: "35.5", "1,204". */
    public static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude >= 1e9 || magnitude < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        String text = String.format(Locale.ROOT, magnitude >= 1000 ? "%,.1f" : "%.3f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    /** A number as a reader wants it: three significant digits, thousands grouped: "0.123", "54.5", "1,230". */
    public static String significant(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(3))
                .stripTrailingZeros();
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        return format.format(rounded);
    }

    /** A duration the way people say it: "850 ms", "4.2 s", "2 min 05 s", "1 h 03 min". */
    public static String duration(long millis) {
        if (millis < 0) {
            return NONE;
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /** A network round trip: "0.4 ms" below ten milliseconds, "38 ms" above. */
    public static String roundTrip(java.time.Duration roundTrip) {
        if (roundTrip == null || roundTrip.isNegative()) {
            return NONE;
        }
        double millis = roundTrip.toNanos() / 1e6;
        return millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis) : Math.round(millis) + " ms";
    }

    /** A size in bytes, in the largest unit that keeps it above one: "512 B", "12.4 KB", "3.1 MB". */
    public static String size(long bytes) {
        if (bytes < 0) {
            return NONE;
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** Prediction cost per row: "3.4 µs". */
    public static String microsPerRow(double micros) {
        if (Double.isNaN(micros) || micros < 0) {
            return NONE;
        }
        return String.format(Locale.ROOT, micros >= 100 ? "%,.0f µs" : "%.1f µs", micros);
    }

    /** A moment in the viewer's time zone, to the minute: "2026-11-03 14:22". */
    public static String dateTime(Instant at) {
        return at == null ? NONE : DATE_TIME.format(at);
    }

    /** The first twelve hex digits of a SHA-256, as git shortens hashes: enough to tell artifacts apart. */
    public static String shortSha(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            return NONE;
        }
        return sha256.length() <= SHORT_SHA ? sha256 : sha256.substring(0, SHORT_SHA);
    }
}

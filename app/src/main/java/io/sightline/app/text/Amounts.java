package io.sightline.app.text;

import java.util.Locale;

/**
 * Money and rates as operations screens write them. Outcomes carry money without a currency (whatever the
 * platform's users report in), so amounts are written as plain grouped numbers.
 */
public final class Amounts {
    private Amounts() {
    }

    /** Money: "14,300", "1.25 M" from a million on, "—" when unknown. */
    public static String money(double value) {
        if (!Double.isFinite(value)) {
            return Figures.NONE;
        }
        if (Math.abs(value) >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2f M", value / 1_000_000);
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Events per second: "12.3 per second", "0.05 per second". */
    public static String perSecond(double value) {
        if (!Double.isFinite(value)) {
            return Figures.NONE;
        }
        return Figures.significant(value) + " per second";
    }

    /** A count and its share of a whole: "1,204 (3.2 % of 37,500)"; the share is left out when the whole is 0. */
    public static String countOf(long count, long whole) {
        if (whole <= 0) {
            return Figures.count(count);
        }
        return Figures.count(count) + " (" + Figures.percent((double) count / whole) + " of " + Figures.count(whole)
                + ")";
    }
}

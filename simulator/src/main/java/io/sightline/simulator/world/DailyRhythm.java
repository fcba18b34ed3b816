package io.sightline.simulator.world;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How busy each hour of the (UTC) day is relative to the daily average: quiet at night, busiest in the evening.
 * The factors average exactly 1 over a day.
 */
public final class DailyRhythm {
    private static final double[] RAW = {
        0.30, 0.20, 0.15, 0.15, 0.20, 0.35, 0.60, 0.90, 1.10, 1.20, 1.25, 1.30,
        1.30, 1.25, 1.20, 1.20, 1.25, 1.35, 1.50, 1.65, 1.70, 1.55, 1.10, 0.60};
    private static final double[] FACTORS = normalised();

    private DailyRhythm() {
    }

    private static double[] normalised() {
        double sum = 0;
        for (double v : RAW) {
            sum += v;
        }
        double[] factors = new double[RAW.length];
        for (int h = 0; h < RAW.length; h++) {
            factors[h] = RAW[h] * RAW.length / sum;
        }
        return factors;
    }

    public static double factor(int hourOfDay) {
        return FACTORS[hourOfDay];
    }

    public static int hourOf(Instant at) {
        return at.atOffset(ZoneOffset.UTC).getHour();
    }

    public static double factor(Instant at) {
        return factor(hourOf(at));
    }
}

package io.sightline.app.controls;

import java.util.List;

/**
 * What a live chart shows at one moment: its curves, its fixed x range (minutes before now, {@code -span} to 0)
 * and the top of its y axis, rounded up so that the axis does not twitch with every snapshot.
 */
public record ChartFrame(List<Curve> curves, double spanMinutes, double yMax) {
    public ChartFrame {
        curves = List.copyOf(curves);
    }

    /** A chart whose y axis reaches a round number above every point (1 when there is none). */
    public static ChartFrame of(List<Curve> curves, double spanMinutes) {
        double max = curves.stream().mapToDouble(Curve::max).max().orElse(0);
        return new ChartFrame(curves, spanMinutes, roundUp(max * 1.1));
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code value} (0.1 for 0.096, 20 for 17.6); 1 for nothing. */
    public static double roundUp(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}

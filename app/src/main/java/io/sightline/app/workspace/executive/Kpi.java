package io.sightline.app.workspace.executive;

import java.util.List;

/**
 * One figure of the overview, ready to show: its value (or "Not enough data yet"), a trend line against the
 * previous period or the reason it cannot be computed, points for a sparkline (empty when there is none),
 * and what it covers ("last 24 hours").
 */
public record Kpi(KpiKind kind, boolean available, String value, String trend, List<Double> sparkline, String covers) {
    public static final String NOT_ENOUGH_DATA = "Not enough data yet";

    public Kpi {
        sparkline = List.copyOf(sparkline);
    }

    static Kpi of(KpiKind kind, String value, String trend, List<Double> sparkline, String covers) {
        return new Kpi(kind, true, value, trend, sparkline, covers);
    }

    /** A figure that cannot be computed yet, and why, in plain words. */
    static Kpi missing(KpiKind kind, String why, String covers) {
        return new Kpi(kind, false, NOT_ENOUGH_DATA, why, List.of(), covers);
    }
}

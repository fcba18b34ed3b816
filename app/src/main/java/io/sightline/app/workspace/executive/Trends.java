package io.sightline.app.workspace.executive;

import io.sightline.app.text.Figures;
import java.util.Locale;

/** How a figure moved against the previous period, in words: "▲ 2.1 pts vs the previous 24 hours". */
final class Trends {
    static final String UP = "▲ ";
    static final String DOWN = "▼ ";
    static final String SAME = "= ";

    private Trends() {
    }

    /** A change of a rate, in percentage points; {@code previous} null when there is nothing to compare. */
    static String points(double now, Double previous, String since, int decimals) {
        if (previous == null || previous.isNaN()) {
            return "No figure for the " + since + " to compare with";
        }
        double delta = (now - previous) * 100;
        String amount = String.format(Locale.ROOT, "%." + decimals + "f pts", Math.abs(delta));
        return arrow(delta, decimals) + amount + " vs the " + since;
    }

    /** A relative change of an amount: "▲ 12 % vs the previous 24 hours". */
    static String relative(double now, double previous, String since) {
        if (previous == 0) {
            return now == 0 ? SAME + "same as the " + since : "Nothing in the " + since + " to compare with";
        }
        double delta = (now - previous) / Math.abs(previous);
        return arrow(delta * 100, 0) + Figures.percent(Math.abs(delta)).replace(".0 %", " %") + " vs the " + since;
    }

    /** A change of a count: "+2 vs 7 days ago". */
    static String count(long now, long before, String since) {
        long delta = now - before;
        return (delta > 0 ? UP + "+" + delta : delta < 0 ? DOWN + "−" + -delta : SAME + "0") + " vs " + since;
    }

    private static String arrow(double delta, int decimals) {
        double shown = Math.round(Math.abs(delta) * Math.pow(10, decimals)) / Math.pow(10, decimals);
        if (shown == 0) {
            return SAME;
        }
        return delta > 0 ? UP : DOWN;
    }
}

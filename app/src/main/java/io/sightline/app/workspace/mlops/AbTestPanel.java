package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.AbTestVerdict;
import java.util.Locale;

/**
 * The A/B test panel's content: the verdict in words, B's rate minus A's with its interval, and how far the
 * outcomes have come against the plan (the smaller arm's count over the planned count per arm).
 *
 * @param progress from 0 to 1 (full once both arms reached the plan)
 */
record AbTestPanel(String verdict, String difference, String rates, double progress, String progressText) {

    static AbTestPanel of(AbTestVerdict verdict, double confidence) {
        String difference = String.format(Locale.ROOT, "B − A: %s points (%s interval %s to %s), p %s",
                points(verdict.difference()), Figures.percent(confidence).replace(".0 %", " %"),
                points(verdict.lower()), points(verdict.upper()), pValue(verdict.pValue()));
        String rates = "Success rate A " + Figures.percent(verdict.rateA()) + " · B " + Figures.percent(verdict.rateB());
        long least = Math.min(verdict.outcomesA(), verdict.outcomesB());
        double progress = verdict.plannedPerArm() <= 0 ? 0 : Math.min(1, (double) least / verdict.plannedPerArm());
        String progressText = "Outcomes A " + Figures.count(verdict.outcomesA()) + " · B "
                + Figures.count(verdict.outcomesB()) + " of " + Figures.count(verdict.plannedPerArm())
                + " planned per arm";
        return new AbTestPanel(verdict.words(), difference, rates, progress, progressText);
    }

    /** The p-value after "p": "= 0.0312", or "< 0.0001" below what is worth reading. */
    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : "= " + Figures.significant(p);
    }

    /** A difference of rates in percentage points, signed: "+2.1", "−0.4". */
    private static String points(double difference) {
        if (!Double.isFinite(difference)) {
            return Figures.NONE;
        }
        String text = String.format(Locale.ROOT, "%.1f", Math.abs(difference) * 100);
        return (difference < 0 ? "−" : "+") + text;
    }
}

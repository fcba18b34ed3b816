package io.sightline.app.workspace.executive;

import io.sightline.app.text.Amounts;
import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fraud figures, from the performance reports of live deployments whose model answers yes or no (a
 * report with a positive label); reports of other models are left out. With P the chosen period:
 * <ul>
 * <li>fraud prevention rate = Σ TP / Σ (TP + FN) over P, where TP is fraud caught (flagged by the model or not
 * allowed by a rule) and FN fraud missed; trend in points against the previous period;</li>
 * <li>losses prevented = Σ valueCaught over P (the money reported with the outcomes of fraud caught); trend
 * relative to the previous period, sparkline of the money caught interval by interval;</li>
 * <li>false-positive rate = Σ FP / Σ (FP + TN) over P; trend in points.</li>
 * </ul>
 * The previous period's counts are those of the report over 2P minus those over P: outcomes arrive late, so
 * both are read at the same moment.
 */
final class FraudKpis {
    private FraudKpis() {
    }

    /** Summed counts and money of a group of reports. */
    record Totals(long tp, long fp, long tn, long fn, long labelled, double valueCaught) {
        static Totals of(List<PerformanceReport> reports) {
            long tp = 0;
            long fp = 0;
            long tn = 0;
            long fn = 0;
            long labelled = 0;
            double caught = 0;
            for (PerformanceReport r : reports) {
                if (r.positiveLabel() != null) {
                    tp += r.truePositives();
                    fp += r.falsePositives();
                    tn += r.trueNegatives();
                    fn += r.falseNegatives();
                    labelled += r.labelled();
                    caught += r.valueCaught();
                }
            }
            return new Totals(tp, fp, tn, fn, labelled, caught);
        }

        Totals minus(Totals later) {
            return new Totals(tp - later.tp, fp - later.fp, tn - later.tn, fn - later.fn, labelled - later.labelled,
                    valueCaught - later.valueCaught);
        }

        /** TP / (TP + FN), or null without fraud outcomes. */
        Double preventionRate() {
            return tp + fn == 0 ? null : (double) tp / (tp + fn);
        }

        /** FP / (FP + TN), or null without legitimate outcomes. */
        Double falsePositiveRate() {
            return fp + tn == 0 ? null : (double) fp / (fp + tn);
        }
    }

    static List<Kpi> of(KpiInputs in) {
        RecentPeriod period = in.period();
        if (!in.monitoringProblem().isEmpty()) {
            String why = "Performance reports are not available: " + in.monitoringProblem();
            return List.of(Kpi.missing(KpiKind.FRAUD_PREVENTION_RATE, why, period.words()),
                    Kpi.missing(KpiKind.LOSSES_PREVENTED, why, period.words()),
                    Kpi.missing(KpiKind.FALSE_POSITIVE_RATE, why, period.words()));
        }
        Totals now = Totals.of(in.performance());
        Totals before = Totals.of(in.performanceTwice()).minus(now);
        return List.of(preventionRate(now, before, period), lossesPrevented(now, before, in), falsePositives(now,
                before, period));
    }

    static Kpi preventionRate(Totals now, Totals before, RecentPeriod period) {
        return rate(KpiKind.FRAUD_PREVENTION_RATE, now.preventionRate(), before.preventionRate(), period,
                "No fraud outcome has been reported yet");
    }

    static Kpi falsePositives(Totals now, Totals before, RecentPeriod period) {
        return rate(KpiKind.FALSE_POSITIVE_RATE, now.falsePositiveRate(), before.falsePositiveRate(), period,
                "No outcome of a legitimate case has been reported yet");
    }

    /** A rate with its change in points, or why it cannot be computed. */
    private static Kpi rate(KpiKind kind, Double now, Double before, RecentPeriod period, String whyMissing) {
        if (now == null) {
            return Kpi.missing(kind, whyMissing + " for the predictions of the " + period.words() + ".",
                    period.words());
        }
        return Kpi.of(kind, Figures.percent(now), Trends.points(now, before, period.before(), 1), List.of(),
                period.words());
    }

    static Kpi lossesPrevented(Totals now, Totals before, KpiInputs in) {
        RecentPeriod period = in.period();
        if (now.labelled() == 0) {
            return Kpi.missing(KpiKind.LOSSES_PREVENTED, "No outcome has been reported yet for the predictions of"
                    + " the " + period.words() + ".", period.words());
        }
        String trend = before.labelled() == 0 ? "No outcomes in the " + period.before() + " to compare with"
                : Trends.relative(now.valueCaught(), before.valueCaught(), period.before());
        return Kpi.of(KpiKind.LOSSES_PREVENTED, Amounts.money(now.valueCaught()), trend,
                caughtByInterval(in.performance()), period.words());
    }

    /** Money caught per interval, summed over deployments (their intervals start at the same moments). */
    private static List<Double> caughtByInterval(List<PerformanceReport> reports) {
        Map<java.time.Instant, Double> byStart = new TreeMap<>();
        for (PerformanceReport report : reports) {
            if (report.positiveLabel() != null) {
                for (PerformancePoint point : report.series()) {
                    byStart.merge(point.start(), point.valueCaught(), Double::sum);
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }
}

package io.sightline.app.workspace.executive;

import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service figures, from the traffic reports of live deployments over the period P:
 * <ul>
 * <li>latency (p99) = the highest p99 among deployments that served something in P (quantiles of different
 * deployments cannot be merged from their reports, so the worst one stands for all); sparkline of the highest
 * p99 interval by interval;</li>
 * <li>availability = 1 − Σ errors / Σ (predictions + errors) over P; trend in points against the previous
 * period (counts over 2P minus counts over P); sparkline interval by interval.</li>
 * </ul>
 */
final class ServiceKpis {
    private ServiceKpis() {
    }

    static List<Kpi> of(KpiInputs in) {
        RecentPeriod period = in.period();
        if (!in.monitoringProblem().isEmpty()) {
            String why = "Traffic reports are not available: " + in.monitoringProblem();
            return List.of(Kpi.missing(KpiKind.LATENCY_P99, why, period.words()),
                    Kpi.missing(KpiKind.AVAILABILITY, why, period.words()));
        }
        return List.of(latency(in.traffic(), period), availability(in.traffic(), in.trafficTwice(), period));
    }

    static Kpi latency(List<TrafficReport> reports, RecentPeriod period) {
        double worst = reports.stream().filter(r -> r.predictions() > 0 && Double.isFinite(r.p99Millis()))
                .mapToDouble(TrafficReport::p99Millis).max().orElse(Double.NaN);
        if (Double.isNaN(worst)) {
            return Kpi.missing(KpiKind.LATENCY_P99, "No live deployment served a prediction in the " + period.words()
                    + ".", period.words());
        }
        List<Double> line = worstByInterval(reports);
        return Kpi.of(KpiKind.LATENCY_P99, millis(worst), reports.size() == 1 ? "of the one live deployment"
                : "the slowest of " + reports.size() + " live deployments", line, period.words());
    }

    static Kpi availability(List<TrafficReport> reports, List<TrafficReport> twice, RecentPeriod period) {
        long requests = requests(reports);
        if (requests == 0) {
            return Kpi.missing(KpiKind.AVAILABILITY, "No request reached a live deployment in the " + period.words()
                    + ".", period.words());
        }
        double now = 1 - (double) errors(reports) / requests;
        long previousRequests = requests(twice) - requests;
        Double before = previousRequests <= 0 ? null : 1 - (double) (errors(twice) - errors(reports)) / previousRequests;
        List<Double> line = availabilityByInterval(reports);
        return Kpi.of(KpiKind.AVAILABILITY, String.format(Locale.ROOT, "%.2f %%", now * 100),
                Trends.points(now, before, period.before(), 2), line, period.words());
    }

    private static long requests(List<TrafficReport> reports) {
        return reports.stream().mapToLong(r -> r.predictions() + r.errors()).sum();
    }

    private static long errors(List<TrafficReport> reports) {
        return reports.stream().mapToLong(TrafficReport::errors).sum();
    }

    private static List<Double> availabilityByInterval(List<TrafficReport> reports) {
        Map<Instant, long[]> byStart = new TreeMap<>();
        for (TrafficReport report : reports) {
            for (TrafficBucket b : report.buckets()) {
                long[] counts = byStart.computeIfAbsent(b.start(), k -> new long[2]);
                counts[0] += b.predictions() + b.errors();
                counts[1] += b.errors();
            }
        }
        List<Double> line = new ArrayList<>();
        byStart.values().forEach(c -> {
            if (c[0] > 0) {
                line.add(1 - (double) c[1] / c[0]);
            }
        });
        return line;
    }

    /** The highest p99 of each interval that served something, across deployments. */
    private static List<Double> worstByInterval(List<TrafficReport> reports) {
        Map<Instant, Double> byStart = new TreeMap<>();
        for (TrafficReport report : reports) {
            for (TrafficBucket bucket : report.buckets()) {
                if (bucket.predictions() > 0 && Double.isFinite(bucket.p99Millis())) {
                    byStart.merge(bucket.start(), bucket.p99Millis(), Math::max);
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }

    static String millis(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : Figures.significant(ms) + " ms";
    }
}

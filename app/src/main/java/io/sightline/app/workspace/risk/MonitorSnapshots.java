package io.sightline.app.workspace.risk;

import io.sightline.app.controls.ChartFrame;
import io.sightline.app.controls.Curve;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of the monitor: a {@link MonitorSnapshot} from a traffic report and a performance report of
 * the same window.
 * <ul>
 * <li>flagged = predictions whose label is the positive one; blocked and reviewed = decisions of strategies;</li>
 * <li>caught = fraud outcomes among flagged predictions (true positives), missed = fraud outcomes among the
 * others (false negatives), with the money their outcomes reported;</li>
 * <li>the recent rate = predictions in the newest complete buckets that span at least ten seconds, divided by
 * their length (the bucket still filling is left out, so the rate does not dip at every bucket start);</li>
 * <li>chart points are per bucket: predictions, flagged and blocked per second, money caught and missed per
 * bucket of the performance report; at most {@value #MAX_POINTS} points a curve.</li>
 * </ul>
 */
public final class MonitorSnapshots {
    static final int MAX_POINTS = 300;
    static final Duration RECENT = Duration.ofSeconds(10);

    private MonitorSnapshots() {
    }

    public static MonitorSnapshot of(TrafficReport traffic, PerformanceReport performance, RecentPeriod window) {
        String positive = performance.positiveLabel();
        long flagged = positive == null ? 0 : traffic.labels().getOrDefault(positive, 0L);
        long blocked = traffic.decisions().getOrDefault(Decision.BLOCK, 0L);
        long reviewed = traffic.decisions().getOrDefault(Decision.REVIEW, 0L);
        List<TrafficBucket> complete = completeBuckets(traffic);
        double recent = recentRate(complete, traffic);
        double span = window.duration().toSeconds() / 60.0;
        ChartFrame trafficChart = ChartFrame.of(trafficCurves(complete, traffic, positive), span);
        ChartFrame moneyChart = ChartFrame.of(moneyCurves(performance), span);
        return new MonitorSnapshot(traffic.deployment(), window, traffic.to(), positive, traffic.predictions(),
                traffic.errors(), recent, flagged, blocked, reviewed, performance.labelled(),
                performance.truePositives(), performance.falseNegatives(), performance.valueCaught(),
                performance.valueMissed(), trafficChart, moneyChart);
    }

    /** Buckets that ended by the report's end, oldest first. */
    private static List<TrafficBucket> completeBuckets(TrafficReport traffic) {
        Duration step = traffic.resolution();
        List<TrafficBucket> complete = new ArrayList<>();
        for (TrafficBucket bucket : traffic.buckets()) {
            if (!bucket.start().plus(step).isAfter(traffic.to())) {
                complete.add(bucket);
            }
        }
        complete.sort(Comparator.comparing(TrafficBucket::start));
        return complete;
    }

    private static double recentRate(List<TrafficBucket> complete, TrafficReport traffic) {
        if (complete.isEmpty()) {
            return traffic.perSecond();
        }
        double stepSeconds = traffic.resolution().toMillis() / 1000.0;
        long predictions = 0;
        double seconds = 0;
        for (int i = complete.size() - 1; i >= 0 && seconds < RECENT.toSeconds(); i--) {
            predictions += complete.get(i).predictions();
            seconds += stepSeconds;
        }
        return predictions / seconds;
    }

    private static List<Curve> trafficCurves(List<TrafficBucket> complete, TrafficReport traffic, String positive) {
        List<TrafficBucket> shown = complete.subList(Math.max(0, complete.size() - MAX_POINTS), complete.size());
        double stepSeconds = traffic.resolution().toMillis() / 1000.0;
        int n = shown.size();
        double[] x = new double[n];
        double[] all = new double[n];
        double[] flagged = new double[n];
        double[] blocked = new double[n];
        for (int i = 0; i < n; i++) {
            TrafficBucket bucket = shown.get(i);
            x[i] = minutesBefore(bucket.start().plus(traffic.resolution()), traffic.to());
            all[i] = bucket.predictions() / stepSeconds;
            flagged[i] = (positive == null ? 0 : bucket.labels().getOrDefault(positive, 0L)) / stepSeconds;
            blocked[i] = bucket.decisions().getOrDefault(Decision.BLOCK, 0L) / stepSeconds;
        }
        List<Curve> curves = new ArrayList<>();
        curves.add(new Curve("All", x, all));
        if (positive != null) {
            curves.add(new Curve("Flagged", x, flagged));
        }
        curves.add(new Curve("Blocked", x, blocked));
        return curves;
    }

    private static List<Curve> moneyCurves(PerformanceReport performance) {
        if (performance.positiveLabel() == null) {
            return List.of();
        }
        List<PerformancePoint> series = performance.series();
        List<PerformancePoint> shown = series.subList(Math.max(0, series.size() - MAX_POINTS), series.size());
        Duration step = performance.resolution();
        int n = shown.size();
        double[] x = new double[n];
        double[] caught = new double[n];
        double[] missed = new double[n];
        for (int i = 0; i < n; i++) {
            PerformancePoint point = shown.get(i);
            x[i] = minutesBefore(step == null ? point.start() : point.start().plus(step), performance.to());
            caught[i] = point.valueCaught();
            missed[i] = point.valueMissed();
        }
        return List.of(new Curve("Caught", x, caught), new Curve("Missed", x, missed));
    }

    private static double minutesBefore(Instant at, Instant now) {
        return -Duration.between(at, now).toMillis() / 60_000.0;
    }
}

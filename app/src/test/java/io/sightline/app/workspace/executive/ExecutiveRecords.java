package io.sightline.app.workspace.executive;

import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small estate to check the formulas by hand: deployments A (live since 40 days, replaced 10 and 1 days ago),
 * B (live since 3 days) and C (live 20 days ago, stopped 2 days ago), their reports over the last day and the last
 * two days, and the runs that trained their versions.
 */
final class ExecutiveRecords {
    static final Instant NOW = Instant.parse("2026-11-10T12:00:00Z");
    static final Duration DAY = Duration.ofDays(1);

    private ExecutiveRecords() {
    }

    static List<Deployment> deployments() {
        return List.of(
                new Deployment("A", "m-a", 3, DeploymentState.LIVE, NOW.minus(DAY.multipliedBy(40)), NOW.minus(DAY)),
                new Deployment("B", "m-b", 1, DeploymentState.LIVE, NOW.minus(DAY.multipliedBy(3)),
                        NOW.minus(DAY.multipliedBy(3))),
                new Deployment("C", "m-c", 1, DeploymentState.STOPPED, NOW.minus(DAY.multipliedBy(20)),
                        NOW.minus(DAY.multipliedBy(2))));
    }

    static List<DeploymentChange> history() {
        return List.of(
                change("A", "m-a", 3, DeploymentState.LIVE, 1),
                change("C", "m-c", 1, DeploymentState.STOPPED, 2),
                change("B", "m-b", 1, DeploymentState.LIVE, 3),
                change("A", "m-a", 2, DeploymentState.LIVE, 10),
                change("C", "m-c", 1, DeploymentState.LIVE, 20),
                change("A", "m-a", 1, DeploymentState.LIVE, 40));
    }

    private static DeploymentChange change(String name, String model, int version, DeploymentState state, int daysAgo) {
        return new DeploymentChange(name, model, version, state, NOW.minus(DAY.multipliedBy(daysAgo)));
    }

    /** Runs that ended 2 h, 6 h, 1 h and 4 h before the first deploy of A v3, B v1, A v2 and A v1; C v1 has none. */
    static List<RunInfo> runs() {
        return List.of(
                run("r1", new ModelRef("m-a", 3), NOW.minus(DAY).minus(Duration.ofHours(2))),
                run("r2", new ModelRef("m-b", 1), NOW.minus(DAY.multipliedBy(3)).minus(Duration.ofHours(6))),
                run("r3", new ModelRef("m-a", 2), NOW.minus(DAY.multipliedBy(10)).minus(Duration.ofHours(1))),
                run("r4", new ModelRef("m-a", 1), NOW.minus(DAY.multipliedBy(40)).minus(Duration.ofHours(4))),
                run("r5", null, NOW.minus(Duration.ofHours(1))));
    }

    private static RunInfo run(String id, ModelRef model, Instant finished) {
        return new RunInfo(id, "default", "ds", "sha", "chargeback", Task.BINARY, RunStatus.FINISHED, Map.of(),
                Map.of(), List.of(), null, null, null, List.of(), Map.of(), "", finished.minus(Duration.ofMinutes(5)),
                finished, model);
    }

    static PerformanceReport performance(String deployment, Duration window, String positive, long tp, long fp,
            long tn, long fn, double valueCaught, List<PerformancePoint> series) {
        return new PerformanceReport(deployment, NOW.minus(window), NOW, positive, tp + fp + tn + fn, tp + fp + tn + fn,
                tp, fp, tn, fn, null, null, null, valueCaught, 0, 0, Duration.ofHours(1), series);
    }

    static PerformancePoint point(int hour, double valueCaught) {
        return new PerformancePoint(Instant.parse("2026-11-10T00:00:00Z").plus(Duration.ofHours(hour)), 10, null, null,
                valueCaught, 0);
    }

    /** Over the last day: A caught 40 of 50 fraud cases and flagged 10 of 910 good ones; B caught 20 of 50, 5 of 455. */
    static List<PerformanceReport> performanceDay() {
        return List.of(
                performance("A", DAY, "yes", 40, 10, 900, 10, 8000, List.of(point(9, 3000), point(10, 5000))),
                performance("B", DAY, "yes", 20, 5, 450, 30, 2000, List.of(point(10, 2000))));
    }

    /** Over the last two days, so the day before: 40 caught of 75 fraud cases, 7,000 caught, 15 of 1,365 good flagged. */
    static List<PerformanceReport> performanceTwoDays() {
        return List.of(
                performance("A", DAY.multipliedBy(2), "yes", 70, 20, 1800, 30, 14000, List.of()),
                performance("B", DAY.multipliedBy(2), "yes", 30, 10, 900, 45, 3000, List.of()));
    }

    static TrafficReport traffic(String deployment, Duration window, long predictions, long errors, double p99,
            List<TrafficBucket> buckets) {
        return new TrafficReport(deployment, NOW.minus(window), NOW, Duration.ofHours(1), buckets, predictions, errors,
                predictions / (double) window.toSeconds(), errors / (double) (predictions + errors), p99 / 4, p99 / 2,
                p99, Map.of(), Map.of(), null);
    }

    static TrafficBucket bucket(int hour, long predictions, long errors, double p99) {
        return new TrafficBucket(Instant.parse("2026-11-10T00:00:00Z").plus(Duration.ofHours(hour)), predictions,
                errors, p99 / 4, p99 / 2, p99, Map.of(), Map.of(Decision.ALLOW, predictions));
    }

    /** A: 10,000 served, 10 failed, p99 12.5 ms; B: 5,000 served, 5 failed, p99 30.2 ms. */
    static List<TrafficReport> trafficDay() {
        return List.of(
                traffic("A", DAY, 10_000, 10, 12.5, List.of(bucket(9, 6000, 10, 12.5), bucket(10, 4000, 0, 11.0))),
                traffic("B", DAY, 5_000, 5, 30.2, List.of(bucket(9, 0, 0, Double.NaN), bucket(10, 5000, 5, 30.2))));
    }

    /** Over two days, so the day before: 13,050 requests, 50 failed. */
    static List<TrafficReport> trafficTwoDays() {
        return List.of(traffic("A", DAY.multipliedBy(2), 19_000, 40, 14, List.of()),
                traffic("B", DAY.multipliedBy(2), 9_000, 25, 31, List.of()));
    }

    static KpiInputs inputs() {
        return new KpiInputs(NOW, RecentPeriod.ONE_DAY, deployments(), performanceDay(), performanceTwoDays(), trafficDay(),
                trafficTwoDays(), history(), runs(), "", "");
    }
}

package io.sightline.app.workspace.risk;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.Histogram;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A platform whose traffic never stands still: every report is a fresh full window of one-second buckets (up to
 * 300) with new random counts, as a marketplace streaming at high speed would give, and a performance series
 * of one point a minute.
 */
class StreamingRiskPlatform extends RiskPlatform {
    private final SplittableRandom random = new SplittableRandom(7);

    @Override
    public synchronized TrafficReport traffic(String deploymentName, Duration window) {
        Instant to = Instant.now();
        Duration step = Duration.ofSeconds(Math.max(1, window.toSeconds() / 300));
        int count = (int) (window.toSeconds() / step.toSeconds());
        Instant first = Instant.ofEpochSecond(to.getEpochSecond() - count * step.toSeconds());
        List<TrafficBucket> buckets = new ArrayList<>(count + 1);
        long predictions = 0;
        long positives = 0;
        long blocked = 0;
        for (int i = 0; i <= count; i++) {
            long n = 800 + random.nextInt(400);
            long yes = n / 20 + random.nextInt(10);
            long block = yes / 3;
            predictions += n;
            positives += yes;
            blocked += block;
            buckets.add(new TrafficBucket(first.plus(step.multipliedBy(i)), n, 0, 1, 2, 4,
                    Map.of("yes", yes, "no", n - yes), Map.of(Decision.BLOCK, block, Decision.ALLOW, n - block)));
        }
        return new TrafficReport(deploymentName, to.minus(window), to, step, buckets, predictions, 0,
                predictions / (double) window.toSeconds(), 0, 1, 2, 4, Map.of("yes", positives, "no", predictions - positives),
                Map.of(Decision.BLOCK, blocked, Decision.ALLOW, predictions - blocked),
                new Histogram(List.of(0.0, 1.0), List.of(predictions)));
    }

    @Override
    public synchronized PerformanceReport performance(String deploymentName, Duration window) {
        Instant to = Instant.now();
        int minutes = (int) Math.max(1, window.toMinutes());
        List<PerformancePoint> series = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            series.add(new PerformancePoint(to.minus(Duration.ofMinutes(minutes - i)), 50, 0.8, 0.7,
                    1000 + random.nextInt(500), 200 + random.nextInt(100)));
        }
        return new PerformanceReport(deploymentName, to.minus(window), to, "yes", 100_000, 2_000, 700, 100, 900, 300,
                0.87, 0.7, 0.9, 80_000, 20_000, 5_000, Duration.ofMinutes(1), series);
    }
}

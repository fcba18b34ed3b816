package io.sightline.engine.monitor;

import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.monitor.TrafficStore.StoredBucket;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Traffic reports: the window decides the tier read (seconds up to an hour, minutes beyond) and the length of
 * the report's buckets (at most {@value #MAX_BUCKETS} of them); the stored buckets of every model version are
 * merged into those and into the totals.
 */
public final class TrafficReports {
    static final int MAX_BUCKETS = 300;

    private final TrafficRecorder recorder;
    private final InstantSource clock;

    public TrafficReports(TrafficRecorder recorder, InstantSource clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    public TrafficReport report(String deployment, Duration window) {
        TimeSpan span = TimeSpan.last(window, clock);
        TrafficTier tier = TrafficTier.forWindow(window);
        Duration step = Windows.step(window, tier.resolution(), MAX_BUCKETS);
        List<StoredBucket> rows = recorder.read(deployment, tier, Windows.floor(span.from(), tier.resolution()),
                span.to());
        return summarize(deployment, span.from(), span.to(), step, rows);
    }

    /** Merges stored buckets into report buckets of {@code step}, gaps included, and into the totals. */
    static TrafficReport summarize(String deployment, Instant from, Instant to, Duration step, List<StoredBucket> rows) {
        Instant first = Windows.floor(from, step);
        TrafficAccumulator[] buckets = new TrafficAccumulator[Windows.bucketCount(from, to, step)];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new TrafficAccumulator(null);
        }
        TrafficAccumulator total = new TrafficAccumulator(null);
        // newest first, so that the totals count scores over the range of the latest model version
        for (int r = rows.size() - 1; r >= 0; r--) {
            StoredBucket row = rows.get(r);
            int index = (int) ((row.start().toEpochMilli() - first.toEpochMilli()) / step.toMillis());
            if (index >= 0 && index < buckets.length) {
                buckets[index].merge(row.traffic());
                total.merge(row.traffic());
            }
        }
        List<TrafficBucket> series = new ArrayList<>(buckets.length);
        for (int i = 0; i < buckets.length; i++) {
            series.add(buckets[i].bucket(first.plus(step.multipliedBy(i))));
        }
        long requests = total.predictions() + total.errors();
        double seconds = Duration.between(from, to).toMillis() / 1000.0;
        return new TrafficReport(deployment, from, to, step, series, total.predictions(), total.errors(),
                total.predictions() / seconds, requests == 0 ? 0 : (double) total.errors() / requests,
                total.latencyMillis(0.50), total.latencyMillis(0.95), total.latencyMillis(0.99), total.labels(),
                total.decisions(), total.scores() == null ? null : total.scores().histogram());
    }
}

package io.sightline.engine.monitor;

import static io.sightline.engine.monitor.TrafficAccumulatorTest.MODEL;
import static io.sightline.engine.monitor.TrafficAccumulatorTest.T0;
import static io.sightline.engine.monitor.TrafficAccumulatorTest.served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.monitor.TrafficStore.StoredBucket;
import io.sightline.engine.serve.PredictionLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficReportsTest {

    private static StoredBucket second(Instant start, ModelRef model, ScoreRange range, int predictions, int errors,
                                       double score) {
        TrafficAccumulator traffic = new TrafficAccumulator(range);
        for (int i = 0; i < predictions; i++) {
            traffic.add(served(start, 200, "good", score, i == 0 ? Decision.BLOCK : Decision.ALLOW));
        }
        for (int i = 0; i < errors; i++) {
            traffic.add(PredictionLog.Entry.failed("live", model, start, 1));
        }
        return new StoredBucket("live", model, TrafficTier.SECOND, start, traffic);
    }

    @Test
    void bucketsOfTheStepAreMergedAndGapsAreEmptyBuckets() {
        Instant from = T0.plusMillis(400);
        Instant to = from.plusSeconds(60);
        List<StoredBucket> rows = List.of(
                second(T0, MODEL, ScoreRange.PROBABILITY, 10, 0, 0.1),
                second(T0.plusSeconds(3), MODEL, ScoreRange.PROBABILITY, 20, 5, 0.2),
                second(T0.plusSeconds(31), new ModelRef("m", 2), new ScoreRange(0, 0.5), 30, 0, 0.3));
        TrafficReport report = TrafficReports.summarize("live", from, to, Duration.ofSeconds(15), rows);

        assertThat(report.resolution()).isEqualTo(Duration.ofSeconds(15));
        assertThat(report.buckets()).extracting(TrafficBucket::start).containsExactly(T0, T0.plusSeconds(15),
                T0.plusSeconds(30), T0.plusSeconds(45), T0.plusSeconds(60));
        assertThat(report.buckets()).extracting(TrafficBucket::predictions).containsExactly(30L, 0L, 30L, 0L, 0L);
        assertThat(report.buckets().get(0).errors()).isEqualTo(5);
        assertThat(report.buckets().get(1).p50Millis()).isNaN();
        assertThat(report.buckets().get(0).decisions()).containsEntry(Decision.BLOCK, 2L);

        assertThat(report.predictions()).isEqualTo(60);
        assertThat(report.errors()).isEqualTo(5);
        assertThat(report.perSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(report.errorRate()).isCloseTo(5 / 65.0, within(1e-9));
        assertThat(report.p99Millis()).isCloseTo(0.2, within(0.001));
        assertThat(report.labels()).containsEntry("good", 60L);
        // the newest version's scores lie in [0, 0.5]: the older ones are counted in that range's bins
        assertThat(report.scores().edges()).first().isEqualTo(0.0);
        assertThat(report.scores().edges()).last().isEqualTo(0.5);
        assertThat(report.scores().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
        assertThat(report.scores().counts().get(12)).isEqualTo(30); // 0.3 in [0.3, 0.325)
    }

    @Test
    void noTrafficIsZeroWithNoLatencyAndNoScores() {
        TrafficReport report = TrafficReports.summarize("live", T0, T0.plusSeconds(10), Duration.ofSeconds(1), List.of());
        assertThat(report.buckets()).hasSize(10);
        assertThat(report.predictions()).isZero();
        assertThat(report.errorRate()).isZero();
        assertThat(report.p50Millis()).isNaN();
        assertThat(report.scores()).isNull();
    }
}

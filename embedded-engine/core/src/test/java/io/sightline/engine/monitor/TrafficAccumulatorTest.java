package io.sightline.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.serve.PredictionLog;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficAccumulatorTest {
    static final ModelRef MODEL = new ModelRef("m", 1);
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    static PredictionLog.Entry served(Instant at, double micros, String label, double score, Decision decision) {
        return new PredictionLog.Entry("live", MODEL, at, Map.of("x", "1"), label, null, 0.9, micros, "p_1", score,
                decision, decision == Decision.ALLOW ? null : "rule");
    }

    @Test
    void mergedBucketsHaveTheQuantilesOfAllTheirPredictionsNotTheAverageOfTheirQuantiles() {
        // one quiet bucket of 99 fast predictions and one of a single slow one
        TrafficAccumulator quiet = new TrafficAccumulator(ScoreRange.PROBABILITY);
        for (int i = 0; i < 99; i++) {
            quiet.add(served(T0, 100, "good", 0.1, Decision.ALLOW));
        }
        TrafficAccumulator slow = new TrafficAccumulator(ScoreRange.PROBABILITY);
        slow.add(served(T0, 50_000, "bad", 0.95, Decision.BLOCK));
        assertThat(slow.latencyMillis(0.5)).isCloseTo(50.0, within(0.5));

        TrafficAccumulator merged = new TrafficAccumulator(null);
        merged.merge(quiet);
        merged.merge(slow);
        // averaging the two medians would say 25 ms; 99 of 100 predictions took 0.1 ms
        assertThat(merged.latencyMillis(0.5)).isCloseTo(0.1, within(0.001));
        assertThat(merged.latencyMillis(0.99)).isCloseTo(0.1, within(0.001));
        assertThat(merged.latencyMillis(1.0)).isCloseTo(50.0, within(0.5));
        assertThat(merged.predictions()).isEqualTo(100);
        assertThat(merged.labels()).containsEntry("good", 99L).containsEntry("bad", 1L);
        assertThat(merged.decisions()).containsEntry(Decision.ALLOW, 99L).containsEntry(Decision.BLOCK, 1L);
        assertThat(merged.scores().histogram().counts().get(2)).isEqualTo(99);
        assertThat(merged.scores().histogram().counts().get(19)).isEqualTo(1);
    }

    @Test
    void failuresAreCountedApartAndLeaveTheLatenciesAlone() {
        TrafficAccumulator bucket = new TrafficAccumulator(null);
        bucket.add(PredictionLog.Entry.failed("live", MODEL, T0, 3));
        assertThat(bucket.errors()).isEqualTo(1);
        assertThat(bucket.predictions()).isZero();
        assertThat(bucket.latencyMillis(0.5)).isNaN();
        assertThat(bucket.scores()).isNull();
    }

    @Test
    void aStoredBucketReadsBackTheSame() {
        TrafficAccumulator bucket = new TrafficAccumulator(new ScoreRange(0, 200));
        for (int i = 1; i <= 1_000; i++) {
            bucket.add(new PredictionLog.Entry("live", MODEL, T0, Map.of(), null, (double) i % 200, Double.NaN, i,
                    "p", (double) (i % 200), Decision.REVIEW, "r"));
        }
        bucket.add(PredictionLog.Entry.failed("live", MODEL, T0, 3));
        TrafficAccumulator restored = TrafficAccumulator.restore(bucket.predictions(), bucket.errors(),
                bucket.encodedLatencies(), bucket.labels(), bucket.decisions(),
                ScoreCounts.of(bucket.scores().stored()));
        assertThat(restored.bucket(T0)).isEqualTo(bucket.bucket(T0));
        assertThat(restored.latencyMillis(0.95)).isCloseTo(0.95, within(0.01));
        assertThat(restored.scores().histogram()).isEqualTo(bucket.scores().histogram());
        assertThat(restored.labels()).isEmpty(); // regression: values are not labels
    }

    @Test
    void scoresOverAnotherRangeAreMergedByTheCentresOfTheirBins() {
        ScoreCounts wide = new ScoreCounts(0, 200);
        wide.add(5);    // bin [0, 10): centre 5
        wide.add(155);  // bin [150, 160): centre 155
        wide.add(500);  // above the range: last bin [190, 200)
        ScoreCounts narrow = new ScoreCounts(0, 100);
        narrow.merge(wide);
        assertThat(narrow.total()).isEqualTo(3);
        assertThat(narrow.histogram().counts().get(1)).isEqualTo(1);  // 5 → [5, 10)
        assertThat(narrow.histogram().counts().get(19)).isEqualTo(2); // 155 and 195 → the last bin
    }
}

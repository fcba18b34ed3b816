package io.sightline.engine.monitor;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.serve.PredictionLog;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The traffic of one time bucket as it adds up: predictions and failures, a latency histogram (HdrHistogram,
 * microseconds, two significant digits), predicted labels, decisions and score counts. Buckets merge exactly —
 * histograms are added, never averaged — so a minute, an hour or a report's total has true quantiles.
 * Not thread-safe: one writer fills it.
 */
final class TrafficAccumulator {
    private static final Decision[] DECISIONS = Decision.values();

    private long predictions;
    private long errors;
    private final Histogram latencyMicros;
    private final Map<String, long[]> labels = new HashMap<>();
    private final long[] decisions = new long[DECISIONS.length];
    private ScoreCounts scores;

    TrafficAccumulator(ScoreRange range) {
        this(new Histogram(2), range == null ? null : new ScoreCounts(range.low(), range.high()));
    }

    private TrafficAccumulator(Histogram latencyMicros, ScoreCounts scores) {
        this.latencyMicros = latencyMicros;
        this.latencyMicros.setAutoResize(true);
        this.scores = scores;
    }

    void add(PredictionLog.Entry entry) {
        if (entry.isFailure()) {
            errors++;
            return;
        }
        predictions++;
        latencyMicros.recordValue(Math.max(1, Math.round(entry.latencyMicros())));
        if (entry.label() != null) {
            labels.computeIfAbsent(entry.label(), label -> new long[1])[0]++;
        }
        if (entry.decision() != null) {
            decisions[entry.decision().ordinal()]++;
        }
        if (scores != null && entry.score() != null) {
            scores.add(entry.score());
        }
    }

    void merge(TrafficAccumulator other) {
        predictions += other.predictions;
        errors += other.errors;
        latencyMicros.add(other.latencyMicros);
        other.labels.forEach((label, count) -> labels.computeIfAbsent(label, l -> new long[1])[0] += count[0]);
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] += other.decisions[i];
        }
        if (other.scores != null) {
            if (scores == null) {
                scores = other.scores.emptyCopy();
            }
            scores.merge(other.scores);
        }
    }

    long predictions() {
        return predictions;
    }

    long errors() {
        return errors;
    }

    /** The latency at quantile {@code q} (0 to 1) in milliseconds; NaN when nothing was served. */
    double latencyMillis(double q) {
        return predictions == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(q * 100) / 1000.0;
    }

    Map<String, Long> labels() {
        Map<String, Long> out = new HashMap<>();
        labels.forEach((label, count) -> out.put(label, count[0]));
        return out;
    }

    Map<Decision, Long> decisions() {
        Map<Decision, Long> out = new EnumMap<>(Decision.class);
        for (Decision decision : DECISIONS) {
            if (decisions[decision.ordinal()] > 0) {
                out.put(decision, decisions[decision.ordinal()]);
            }
        }
        return out;
    }

    ScoreCounts scores() {
        return scores;
    }

    TrafficBucket bucket(Instant start) {
        return new TrafficBucket(start, predictions, errors, latencyMillis(0.50), latencyMillis(0.95),
                latencyMillis(0.99), labels(), decisions());
    }

    /** The latency histogram, compressed and in base64, for storage. */
    String encodedLatencies() {
        ByteBuffer buffer = ByteBuffer.allocate(latencyMicros.getNeededByteBufferCapacity());
        int length = latencyMicros.encodeIntoCompressedByteBuffer(buffer, 6);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    /** A stored bucket, read back. */
    static TrafficAccumulator restore(long predictions, long errors, String encodedLatencies, Map<String, Long> labels,
                                      Map<Decision, Long> decisions, ScoreCounts scores) {
        Histogram latencies;
        try {
            latencies = Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(encodedLatencies)), 2);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored latency histogram is damaged", e);
        }
        TrafficAccumulator restored = new TrafficAccumulator(latencies, scores);
        restored.predictions = predictions;
        restored.errors = errors;
        labels.forEach((label, count) -> restored.labels.put(label, new long[] {count}));
        decisions.forEach((decision, count) -> restored.decisions[decision.ordinal()] = count);
        return restored;
    }
}

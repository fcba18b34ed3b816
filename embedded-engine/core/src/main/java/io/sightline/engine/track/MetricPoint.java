package io.sightline.engine.track;

/** One logged value of a metric: when (milliseconds since the epoch) and at which step. */
public record MetricPoint(String key, double value, long timestampMillis, long step) {

    /** Whether this point replaces {@code other} as the metric's latest: higher step, then later, then larger. */
    public boolean supersedes(MetricPoint other) {
        if (step != other.step) {
            return step > other.step;
        }
        if (timestampMillis != other.timestampMillis) {
            return timestampMillis > other.timestampMillis;
        }
        return Double.compare(value, other.value) >= 0;
    }
}

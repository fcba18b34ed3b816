package io.sightline.engine.api;

/** One logged value of a run's metric: at which step, when (milliseconds since the epoch), and the value. */
public record MetricStep(long step, long timestampMillis, double value) {
}

package io.sightline.engine.track;

import java.util.List;

/** Metrics, parameters and tags logged to a run in one request, in the order given. */
public record RunBatch(List<MetricPoint> metrics, List<KeyValue> params, List<KeyValue> tags) {

    public RunBatch {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        params = params == null ? List.of() : List.copyOf(params);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static RunBatch ofMetric(MetricPoint metric) {
        return new RunBatch(List.of(metric), List.of(), List.of());
    }

    public static RunBatch ofParam(KeyValue param) {
        return new RunBatch(List.of(), List.of(param), List.of());
    }

    public static RunBatch ofTag(KeyValue tag) {
        return new RunBatch(List.of(), List.of(), List.of(tag));
    }

    public int size() {
        return metrics.size() + params.size() + tags.size();
    }
}

package io.sightline.engine.track;

import io.sightline.engine.api.RunInfo;
import java.util.List;

/**
 * A run with what the MLflow API says of it beyond {@link RunInfo}: its experiment's id, name, user,
 * lifecycle stage, artifact URI, and each metric's latest value with its time and step.
 */
public record TrackedRun(RunInfo info, String experimentId, String name, String userId,
                         LifecycleStage lifecycleStage, String artifactUri, List<MetricPoint> latestMetrics) {

    public TrackedRun {
        latestMetrics = List.copyOf(latestMetrics);
    }

    public String id() {
        return info.id();
    }
}

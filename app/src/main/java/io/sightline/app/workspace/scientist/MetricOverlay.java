package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.MetricStep;
import java.util.List;

/** One metric's history for each compared run, to draw as one chart with a line per run. */
public record MetricOverlay(String metric, List<Series> series) {

    /** One run's values of the metric, step by step (thinned to at most a few hundred points). */
    public record Series(String run, List<MetricStep> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public MetricOverlay {
        series = List.copyOf(series);
    }
}

package io.sightline.engine.api;

import java.util.List;

/**
 * Two fields of an experiment's runs against each other ({@code metrics.auc}, {@code params.depth}): one point
 * per run that has both as numbers, read from the newest {@code runsRead} of its {@code runCount} runs (all of
 * them when the experiment is smaller; {@link #sampled()} says when it is not).
 */
public record RunScatter(String x, String y, List<Point> points, long runCount, int runsRead) {

    /** One run's pair of values. */
    public record Point(String runId, double x, double y) {
    }

    public RunScatter {
        points = List.copyOf(points);
    }

    public boolean sampled() {
        return runsRead < runCount;
    }
}

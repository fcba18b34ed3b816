package io.sightline.engine.api;

import java.util.List;

/** Counts of values in consecutive bins; {@code edges} has one more element than {@code counts}. */
public record Histogram(List<Double> edges, List<Long> counts) {
    public Histogram {
        edges = List.copyOf(edges);
        counts = List.copyOf(counts);
    }
}

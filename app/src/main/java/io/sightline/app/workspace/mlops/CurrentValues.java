package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.Histogram;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts an input's current values in the reference's bins or categories, so that the two read alike. */
final class CurrentValues {
    private CurrentValues() {
    }

    /** The values that fall inside the reference's bins (the last bin holds its upper edge); others are left out. */
    static Histogram binned(List<Double> edges, Collection<Double> values) {
        long[] counts = new long[Math.max(0, edges.size() - 1)];
        for (double value : values) {
            for (int i = 0; i < counts.length; i++) {
                boolean last = i == counts.length - 1;
                if (value >= edges.get(i) && (value < edges.get(i + 1) || last && value == edges.get(i + 1))) {
                    counts[i]++;
                    break;
                }
            }
        }
        List<Long> list = new ArrayList<>(counts.length);
        for (long count : counts) {
            list.add(count);
        }
        return new Histogram(edges, list);
    }

    /** How many values fall outside the reference's range. */
    static long outside(List<Double> edges, Collection<Double> values) {
        if (edges.isEmpty()) {
            return values.size();
        }
        double low = edges.get(0);
        double high = edges.get(edges.size() - 1);
        return values.stream().filter(v -> v < low || v > high).count();
    }

    /** Counts of each value, the reference's values first in their order, then the others by count. */
    static List<CategoryCount> counted(List<CategoryCount> reference, Collection<String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        reference.forEach(c -> counts.put(c.value(), 0L));
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        List<CategoryCount> known = new ArrayList<>();
        List<CategoryCount> others = new ArrayList<>();
        counts.forEach((value, count) -> (reference.stream().anyMatch(c -> c.value().equals(value)) ? known : others)
                .add(new CategoryCount(value, count)));
        others.sort((a, b) -> Long.compare(b.count(), a.count()));
        known.addAll(others);
        return known;
    }
}

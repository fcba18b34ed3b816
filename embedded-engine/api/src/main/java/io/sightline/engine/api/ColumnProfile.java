package io.sightline.engine.api;

import java.util.List;
import java.util.Map;

/**
 * The profile of one column. Numeric statistics are null for columns that are not numeric; quantiles map
 * "p5", "p25", "p50", "p75", "p95" to values; {@code histogram} is null when the column has no numbers.
 */
public record ColumnProfile(
        String name,
        ColumnType type,
        long count,
        long missing,
        long distinct,
        Double min,
        Double max,
        Double mean,
        Double std,
        Map<String, Double> quantiles,
        List<CategoryCount> topCategories,
        Histogram histogram) {

    public ColumnProfile {
        quantiles = quantiles == null ? Map.of() : Map.copyOf(quantiles);
        topCategories = topCategories == null ? List.of() : List.copyOf(topCategories);
    }

    public double missingFraction() {
        long total = count + missing;
        return total == 0 ? 0 : (double) missing / total;
    }
}

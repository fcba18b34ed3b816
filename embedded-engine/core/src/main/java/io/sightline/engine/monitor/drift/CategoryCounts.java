package io.sightline.engine.monitor.drift;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** How often each category occurs in a sample (missing cells, null, not counted), in order of first appearance. */
public final class CategoryCounts {
    private final String[] categories;
    private final long[] counts;
    private final Map<String, Integer> index;

    private CategoryCounts(String[] categories, long[] counts, Map<String, Integer> index) {
        this.categories = categories;
        this.counts = counts;
        this.index = index;
    }

    /** Counts the non-null {@code values}. */
    public static CategoryCounts of(String[] values) {
        Map<String, Integer> index = new HashMap<>();
        long[] counts = new long[16];
        for (String value : values) {
            if (value == null) {
                continue;
            }
            Integer at = index.get(value);
            if (at == null) {
                at = index.size();
                index.put(value, at);
                if (at == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            counts[at]++;
        }
        String[] categories = new String[index.size()];
        index.forEach((category, at) -> categories[at] = category);
        return new CategoryCounts(categories, Arrays.copyOf(counts, categories.length), index);
    }

    public int size() {
        return categories.length;
    }

    public String category(int at) {
        return categories[at];
    }

    public long count(int at) {
        return counts[at];
    }

    /** How many of this category, 0 when it never occurs. */
    public long countOf(String category) {
        Integer at = index.get(category);
        return at == null ? 0 : counts[at];
    }

    public boolean contains(String category) {
        return index.containsKey(category);
    }

    /** All values counted. */
    public long total() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }
}

package io.sightline.engine.data;

import io.sightline.engine.api.CategoryCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each text value of a column occurs, in bounded memory: exact for the first
 * {@value #DISTINCT_LIMIT} distinct values (fewer if they are very long); once that is reached, new values are
 * no longer kept, the values kept go on being counted, and the number of distinct values becomes a
 * {@link HyperLogLog} estimate.
 */
final class ValueCounts {
    static final int DISTINCT_LIMIT = 10_000;
    /** Keeps long free-text values from filling the memory before the distinct limit is reached. */
    private static final long CHARACTER_LIMIT = 1_000_000;

    private final Map<String, long[]> counts = new HashMap<>();
    private long characters;
    private long total;
    private boolean repeated;
    private HyperLogLog beyond;

    void add(String value) {
        add(value, 1);
    }

    void add(String value, long times) {
        total += times;
        long[] count = counts.get(value);
        if (count != null) {
            count[0] += times;
            repeated = true;
        } else if (beyond == null && counts.size() < DISTINCT_LIMIT && characters + value.length() <= CHARACTER_LIMIT) {
            counts.put(value, new long[] {times});
            characters += value.length();
            repeated |= times > 1;
        } else if (beyond == null) {
            beyond = new HyperLogLog();
            counts.keySet().forEach(kept -> beyond.add(HyperLogLog.hash(kept)));
        }
        if (beyond != null) {
            beyond.add(HyperLogLog.hash(value));
        }
    }

    /** Continues counting from the counts of numbers, for a column found not to be numeric after all. */
    void addAll(NumberCounts numbers) {
        if (!numbers.isEstimate()) {
            numbers.forEach(this::add);
            return;
        }
        total += numbers.total();
        repeated |= numbers.hasRepeats();
        if (beyond == null) {
            beyond = new HyperLogLog();
            counts.keySet().forEach(kept -> beyond.add(HyperLogLog.hash(kept)));
        }
        beyond.merge(numbers.estimator());
    }

    /** The number of distinct values: exact while {@link #isEstimate()} is false. */
    long distinct() {
        return beyond == null ? counts.size() : Math.max(counts.size() + 1L, beyond.estimate());
    }

    boolean isEstimate() {
        return beyond != null;
    }

    /** Whether no value was seen twice (as far as bounded memory can tell, see the class comment). */
    boolean allDistinct() {
        return !repeated && (beyond == null || beyond.estimate() >= 0.97 * total);
    }

    /** The {@code limit} most frequent values, most frequent first, ties in alphabetical order. */
    List<CategoryCount> top(int limit) {
        List<CategoryCount> all = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> all.add(new CategoryCount(value, count[0])));
        all.sort(Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::value));
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }
}

package io.sightline.engine.data;

import java.nio.charset.StandardCharsets;
import java.util.function.ObjLongConsumer;

/**
 * How often each number of a numeric column occurs, without boxing: an open-addressing table keyed by the
 * bits of the value, exact for the first {@value ValueCounts#DISTINCT_LIMIT} distinct values. Past that the
 * table is dropped (numeric columns with that many values need no counts) and only a {@link HyperLogLog}
 * estimate of the number of distinct values goes on. The text of the first few distinct values is kept as
 * written, for class names such as "1" or "1.0".
 */
final class NumberCounts {
    private static final int KEPT_TEXTS = 64;

    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private String[] texts = new String[64];
    private int size;
    private long total;
    private boolean repeated;
    private HyperLogLog beyond;

    void add(double value, byte[] bytes, int from, int to) {
        total++;
        long bits = Double.doubleToRawLongBits(value + 0.0); // one key for 0.0 and -0.0
        long hash = HyperLogLog.mix(bits);
        if (beyond != null) {
            beyond.add(hash);
            return;
        }
        int mask = keys.length - 1;
        int slot = (int) hash & mask;
        while (counts[slot] != 0) {
            if (keys[slot] == bits) {
                counts[slot]++;
                repeated = true;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ValueCounts.DISTINCT_LIMIT) {
            startEstimating();
            beyond.add(hash);
            return;
        }
        keys[slot] = bits;
        counts[slot] = 1;
        if (size < KEPT_TEXTS) {
            texts[slot] = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    long distinct() {
        return beyond == null ? size : Math.max(size + 1L, beyond.estimate());
    }

    boolean isEstimate() {
        return beyond != null;
    }

    boolean hasRepeats() {
        return repeated;
    }

    /** Whether no number was seen twice (past the exact limit: whether the estimate is close to the count). */
    boolean allDistinct() {
        return !repeated && (beyond == null || beyond.estimate() >= 0.97 * total);
    }

    long total() {
        return total;
    }

    HyperLogLog estimator() {
        return beyond;
    }

    /** Each kept value as text (as written when it was among the first seen) with its count. */
    void forEach(ObjLongConsumer<String> action) {
        if (beyond != null) {
            return;
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if (counts[slot] != 0) {
                action.accept(texts[slot] != null ? texts[slot] : format(Double.longBitsToDouble(keys[slot])),
                        counts[slot]);
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private void startEstimating() {
        beyond = new HyperLogLog();
        for (int slot = 0; slot < keys.length; slot++) {
            if (counts[slot] != 0) {
                beyond.add(HyperLogLog.mix(keys[slot]));
            }
        }
        keys = null;
        counts = null;
        texts = null;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        String[] oldTexts = texts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        texts = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldCounts[old] != 0) {
                int slot = (int) HyperLogLog.mix(oldKeys[old]) & mask;
                while (counts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[old];
                counts[slot] = oldCounts[old];
                texts[slot] = oldTexts[old];
            }
        }
    }
}

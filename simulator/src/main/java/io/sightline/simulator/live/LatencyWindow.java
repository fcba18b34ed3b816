package io.sightline.simulator.live;

import java.util.Arrays;

/**
 * The round trips of the latest requests as the caller saw them (from the moment a transaction was released
 * to the answer, waiting in the queue included), for quantiles. Thread-safe.
 */
final class LatencyWindow {
    private final long[] nanos;
    private int next;
    private int filled;

    LatencyWindow(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long roundTripNanos) {
        nanos[next] = roundTripNanos;
        next = (next + 1) % nanos.length;
        filled = Math.min(filled + 1, nanos.length);
    }

    /** The {@code q} quantile in milliseconds (nearest rank), NaN before the first request. */
    synchronized double quantileMillis(double q) {
        if (filled == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, filled);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * filled) - 1;
        return sorted[Math.max(0, Math.min(filled - 1, rank))] / 1e6;
    }
}

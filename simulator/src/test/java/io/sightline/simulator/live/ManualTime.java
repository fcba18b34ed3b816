package io.sightline.simulator.live;

import java.util.concurrent.atomic.AtomicLong;

/** Real time that moves only when a test says so. */
final class ManualTime implements TimeSource {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }
}

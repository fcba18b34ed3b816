package io.sightline.simulator.live;

import java.util.List;

/** Waiting for the simulator's own threads to end, without ever interrupting them. */
final class Threads {
    static final long JOIN_MILLIS = 5_000;

    private Threads() {
    }

    /** Waits up to {@link #JOIN_MILLIS} for each thread; gives up at once if the caller is interrupted. */
    static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package io.sightline.simulator.live;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the live run has done so far, counted from any of its threads. */
public final class Scoreboard {
    private final AtomicLong released = new AtomicLong();
    private final AtomicLong scored = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong chargebacksScored = new AtomicLong();
    private final AtomicLong outcomesReported = new AtomicLong();
    private final AtomicLong outcomesMatched = new AtomicLong();
    private final AtomicLong outcomesUnreported = new AtomicLong();
    private final AtomicReference<String> outcomesRefused = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final LatencyWindow latencies = new LatencyWindow(4096);

    void released() {
        released.incrementAndGet();
    }

    void scored(boolean chargeback, long roundTripNanos) {
        scored.incrementAndGet();
        if (chargeback) {
            chargebacksScored.incrementAndGet();
        }
        latencies.add(roundTripNanos);
    }

    void failed(String message) {
        failed.incrementAndGet();
        lastError.set(message);
    }

    void reported(int outcomes, int matched) {
        outcomesReported.addAndGet(outcomes);
        outcomesMatched.addAndGet(matched);
        outcomesRefused.set(null);
    }

    /** The platform refused outcomes for {@code reason}; {@code dropped} of them will never be sent. */
    void reportRefused(String reason, int dropped) {
        outcomesRefused.set(reason);
        outcomesUnreported.addAndGet(dropped);
    }

    public LiveFigures figures(int queued, int inFlight, int outcomesPending) {
        return new LiveFigures(released.get(), scored.get(), failed.get(), queued, inFlight, chargebacksScored.get(),
                outcomesReported.get(), outcomesMatched.get(), outcomesPending, outcomesUnreported.get(),
                outcomesRefused.get(), latencies.quantileMillis(0.5), latencies.quantileMillis(0.99),
                lastError.get());
    }
}

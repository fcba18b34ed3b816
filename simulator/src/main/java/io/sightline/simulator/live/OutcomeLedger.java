package io.sightline.simulator.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Outcomes waiting for their simulated time, earliest first. Thread-safe. */
public final class OutcomeLedger {
    private final PriorityQueue<PendingOutcome> pending = new PriorityQueue<>(
            Comparator.comparing(PendingOutcome::due).thenComparing(PendingOutcome::predictionId));

    public synchronized void add(PendingOutcome outcome) {
        pending.add(outcome);
    }

    public synchronized void addAll(Collection<PendingOutcome> outcomes) {
        pending.addAll(outcomes);
    }

    /** Removes and returns up to {@code max} outcomes due at or before {@code now}, earliest first. */
    public synchronized List<PendingOutcome> takeDue(Instant now, int max) {
        List<PendingOutcome> due = new ArrayList<>();
        while (due.size() < max && !pending.isEmpty() && !pending.peek().due().isAfter(now)) {
            due.add(pending.poll());
        }
        return due;
    }

    public synchronized int size() {
        return pending.size();
    }
}

package io.sightline.simulator.live;

import io.sightline.engine.api.Monitoring;
import java.util.List;

/**
 * Sends outcomes to {@link Platform#reportOutcomes} once simulated time has reached them, in batches. When the
 * platform refuses (it cannot take outcomes, or it cannot be reached) the batch goes back to the ledger and the
 * reporter waits before trying again; past {@link #MAX_PENDING} waiting outcomes, refused ones are dropped and
 * counted.
 */
final class OutcomeReporter implements Runnable {
    static final int BATCH = 1_000;
    static final int MAX_PENDING = 200_000;
    private static final long TICK_MILLIS = 200;
    private static final long BACK_OFF_MILLIS = 2_000;

    private final Monitoring platform;
    private final String deployment;
    private final SimulatedClock clock;
    private final OutcomeLedger ledger;
    private final Scoreboard scoreboard;
    private volatile boolean running = true;

    OutcomeReporter(Monitoring platform, String deployment, SimulatedClock clock, OutcomeLedger ledger,
                    Scoreboard scoreboard) {
        this.platform = platform;
        this.deployment = deployment;
        this.clock = clock;
        this.ledger = ledger;
        this.scoreboard = scoreboard;
    }

    @Override
    public void run() {
        try {
            while (running) {
                Thread.sleep(reportDue() ? TICK_MILLIS : BACK_OFF_MILLIS);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reports what is due; false when the platform refused and the reporter should wait a little. */
    boolean reportDue() {
        List<PendingOutcome> due = ledger.takeDue(clock.now(), BATCH);
        while (!due.isEmpty() && running) {
            try {
                int matched = platform.reportOutcomes(deployment, due.stream().map(PendingOutcome::outcome).toList());
                scoreboard.reported(due.size(), matched);
            } catch (RuntimeException refused) {
                if (ledger.size() + due.size() > MAX_PENDING) {
                    scoreboard.reportRefused(refused.getMessage(), due.size());
                } else {
                    ledger.addAll(due);
                    scoreboard.reportRefused(refused.getMessage(), 0);
                }
                return false;
            }
            due = ledger.takeDue(clock.now(), BATCH);
        }
        return true;
    }

    void stop() {
        running = false;
    }
}

package io.sightline.simulator.live;

import io.sightline.simulator.stream.Arrival;
import io.sightline.simulator.stream.TransactionStream;
import io.sightline.simulator.stream.UpstreamFeed;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases the stream's transactions as simulated time reaches them. During a latency incident it holds them
 * and releases each second's worth at once, with the burst callers joining in: a flash crowd the platform has
 * to absorb, which the callers see as longer round trips.
 */
final class TrafficPump implements Runnable {
    private static final long TICK_MILLIS = 20;
    private static final long BURST_EVERY_NANOS = 1_000_000_000L;

    private final TransactionStream stream;
    private final SimulatedClock clock;
    private final ScoringCallers callers;
    private final Scoreboard scoreboard;
    private final TimeSource time;
    private final List<Arrival> held = new ArrayList<>();
    private long lastBurstNanos;
    private boolean incident;
    private volatile boolean running = true;

    TrafficPump(TransactionStream stream, SimulatedClock clock, ScoringCallers callers, Scoreboard scoreboard,
                TimeSource time) {
        this.stream = stream;
        this.clock = clock;
        this.callers = callers;
        this.scoreboard = scoreboard;
        this.time = time;
    }

    /**
     * Starts the burst cadence: the first burst falls a second after this. Called by whoever starts the run,
     * before the traffic thread starts, so the cadence does not depend on when that thread first gets to run.
     */
    void startCadence() {
        lastBurstNanos = time.nanoTime();
    }

    @Override
    public void run() {
        try {
            while (running) {
                tick();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    void tick() throws InterruptedException {
        // Real time is read once, before simulated time: a burst this tick releases then holds every arrival
        // simulated time had reached by that reading. Reading it after the clock could release a burst that
        // leaves out arrivals which came in between, to wait for a next burst that real time may not bring.
        long nanos = time.nanoTime();
        var now = clock.now();
        while (running && !stream.nextTime().isAfter(now)) {
            Arrival arrival = stream.next();
            incident = arrival.conditions().bursts();
            if (incident) {
                held.add(arrival);
            } else {
                releaseHeld(nanos);
                release(arrival);
            }
        }
        // the extra callers stay on while the incident lasts, so that they also drain each burst
        callers.bursting(incident);
        if (!held.isEmpty() && nanos - lastBurstNanos >= BURST_EVERY_NANOS) {
            releaseHeld(nanos);
        }
    }

    private void releaseHeld(long nanos) throws InterruptedException {
        lastBurstNanos = nanos;
        for (Arrival arrival : held) {
            release(arrival);
        }
        held.clear();
    }

    private void release(Arrival arrival) throws InterruptedException {
        if (callers.submit(new ScoringJob(arrival, UpstreamFeed.request(arrival), time.nanoTime()))) {
            scoreboard.released();
        }
    }

    void stop() {
        running = false;
    }
}

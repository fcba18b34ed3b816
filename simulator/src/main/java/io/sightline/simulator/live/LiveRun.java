package io.sightline.simulator.live;

import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Predictions;
import io.sightline.simulator.stream.TransactionStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The world running live against one deployment: the clock, the traffic thread, the callers and the outcome
 * reporter, started and stopped together. Pausing freezes simulated time and holds the callers; closing stops
 * every thread without interrupting a platform call and drops what had not been sent.
 */
public final class LiveRun implements AutoCloseable {
    private final SimulatedClock clock;
    private final LiveSettings settings;
    private final OutcomeLedger ledger = new OutcomeLedger();
    private final Scoreboard scoreboard = new Scoreboard();
    private final ScoringCallers callers;
    private final TrafficPump pump;
    private final OutcomeReporter reporter;
    private final List<Thread> threads = new ArrayList<>();
    private boolean started;

    public <P extends Predictions & Monitoring> LiveRun(P platform,
            String deployment, TransactionStream stream, SimulatedClock clock,
                   TimeSource time, LiveSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.callers = new ScoringCallers(platform, deployment, time, ledger, scoreboard, settings.queueCapacity());
        this.pump = new TrafficPump(stream, clock, callers, scoreboard, time);
        this.reporter = new OutcomeReporter(platform, deployment, clock, ledger, scoreboard);
    }

    /** Starts every thread; simulated time runs unless the run was paused before it started. */
    public synchronized void start(boolean paused) {
        if (started) {
            throw new IllegalStateException("This live run has already started.");
        }
        started = true;
        callers.hold(paused);
        callers.start(settings.steadyCallers(), settings.burstCallers());
        pump.startCadence();
        threads.add(daemon(pump, "simulator-traffic"));
        threads.add(daemon(reporter, "simulator-outcomes"));
        threads.forEach(Thread::start);
        if (!paused) {
            clock.resume();
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    public void pause() {
        clock.pause();
        callers.hold(true);
    }

    public void resume() {
        callers.hold(false);
        clock.resume();
    }

    public LiveFigures figures() {
        return scoreboard.figures(callers.queued(), callers.inFlight(), ledger.size());
    }

    @Override
    public synchronized void close() {
        clock.pause();
        pump.stop();
        reporter.stop();
        callers.close();
        Threads.joinAll(threads);
    }
}

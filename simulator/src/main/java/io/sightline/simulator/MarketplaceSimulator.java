package io.sightline.simulator;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Platform;
import io.sightline.simulator.live.LiveFigures;
import io.sightline.simulator.live.LiveRun;
import io.sightline.simulator.live.SimulatedClock;
import io.sightline.simulator.live.TimeSource;
import io.sightline.simulator.release.ChallengerFlow;
import io.sightline.simulator.release.ChallengerFlowProgress;
import io.sightline.simulator.release.ChallengerRelease;
import io.sightline.simulator.release.ChallengerTraining;
import io.sightline.simulator.release.ReleaseProgress;
import io.sightline.simulator.scenario.ScenarioEvent;
import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.setup.BootstrapPlan;
import io.sightline.simulator.setup.BootstrapStep;
import io.sightline.simulator.setup.DemoAlertRules;
import io.sightline.simulator.setup.HistoryTraining;
import io.sightline.simulator.setup.ModelBootstrap;
import io.sightline.simulator.stream.HistoryFile;
import io.sightline.simulator.stream.TransactionStream;
import io.sightline.simulator.world.FraudPattern;
import io.sightline.simulator.world.MarketState;
import io.sightline.simulator.world.SellerPopulation;
import io.sightline.simulator.world.TransactionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulator as a whole. {@link #start()} prepares the platform on a background thread (history, AutoML,
 * deployment, alert rules) and then runs the world live against it; meanwhile and afterwards it can be paused,
 * sped up or slowed down, and scenario events can be triggered or scheduled. It uses only the platform's public
 * interface, so it drives an embedded engine and a remote server alike. A challenger release changes the world
 * and also releases a challenger through the platform's releases, phase after phase (see {@link #release()}); a
 * challenger flow trains the same challenger and takes it through the release flow (see {@link #challengerFlow()}).
 */
public final class MarketplaceSimulator implements AutoCloseable {
    /** The challenger learns from the last two days' labelled orders. */
    private static final int RECENT_DAYS = 2;

    private final Platform platform;
    private final SimulatorConfig config;
    private final TimeSource time;
    private final TransactionFactory factory;
    private final ScenarioTimeline timeline = new ScenarioTimeline();
    private final SimulatedClock clock;
    private volatile SimulatorPhase phase = SimulatorPhase.NOT_STARTED;
    private volatile String message = "Not started";
    private volatile String alertRulesRefused;
    private volatile boolean pausedByUser;
    private volatile boolean closed;
    private LiveRun live;
    private Deployment deployment;
    private Thread preparation;
    private boolean releaseAsked;
    private ChallengerRelease release;
    private Thread releasing;
    private boolean flowAsked;
    private ChallengerFlow challengerFlow;
    private Thread flowing;

    public MarketplaceSimulator(Platform platform, SimulatorConfig config) {
        this(platform, config, TimeSource.system());
    }

    /** A simulator whose clock reads {@code time} instead of the system's (tests, benchmarks). */
    public MarketplaceSimulator(Platform platform, SimulatorConfig config, TimeSource time) {
        this.platform = platform;
        this.config = config;
        this.time = time;
        this.factory = new TransactionFactory(SellerPopulation.generate(config.seed(), config.sellers()));
        this.clock = new SimulatedClock(config.worldStart(), config.speed(), time);
    }

    /** Prepares the platform and goes live, on a thread of its own; returns at once. */
    public synchronized void start() {
        if (preparation != null) {
            throw new IllegalStateException("This simulator has already been started.");
        }
        preparation = new Thread(this::prepareAndGoLive, "simulator-setup");
        preparation.setDaemon(true);
        preparation.start();
    }

    private void prepareAndGoLive() {
        try {
            ModelBootstrap bootstrap = new ModelBootstrap(platform, plan(), new HistoryFile(config.seed(), factory),
                    this::onStep);
            Deployment deployment = bootstrap.run(() -> closed);
            if (config.installAlertRules() && !closed) {
                onStep(BootstrapStep.INSTALLING_ALERT_RULES, "Installing the alert rules…");
                alertRulesRefused = DemoAlertRules.install(platform, deployment.name()).refusedBecause();
            }
            goLive(deployment);
        } catch (RuntimeException e) {
            phase = closed ? SimulatorPhase.STOPPED : SimulatorPhase.FAILED;
            message = closed ? "Stopped" : "Could not start the simulation: " + e.getMessage();
        }
    }

    private BootstrapPlan plan() {
        return new BootstrapPlan(config.historyRows(), config.historyDays(), config.worldStart(), config.datasetName(),
                config.modelName(), config.deploymentName(), config.folds(), config.trainingBudget(), config.seed(),
                config.workDirectory());
    }

    private void onStep(BootstrapStep step, String sentence) {
        phase = SimulatorPhase.valueOf(step.name());
        message = sentence;
    }

    private synchronized void goLive(Deployment deployment) {
        if (closed) {
            return;
        }
        TransactionStream stream = new TransactionStream(config.seed(), factory, timeline, config.worldStart(),
                config.ratePerSecond());
        live = new LiveRun(platform, deployment.name(), stream, clock, time, config.live());
        live.start(pausedByUser);
        this.deployment = deployment;
        message = "Live: scoring on '" + deployment.name() + "' (" + deployment.ref() + ")";
        phase = SimulatorPhase.LIVE;
        if (releaseAsked) {
            startRelease();
        }
        if (flowAsked) {
            startFlow();
        }
    }

    /** Starts the challenger release once, when live; asked for before, it starts on going live. */
    private synchronized void askForRelease() {
        releaseAsked = true;
        if (deployment != null && release == null && !closed) {
            startRelease();
        }
    }

    private void startRelease() {
        release = new ChallengerRelease(platform, deployment.name(), challengerTraining(), clock);
        releasing = daemon(release, "simulator-release");
    }

    /** Starts the challenger flow once, when live; asked for before, it starts on going live. */
    private synchronized void askForFlow() {
        flowAsked = true;
        if (deployment != null && challengerFlow == null && !closed) {
            startFlow();
        }
    }

    private void startFlow() {
        challengerFlow = new ChallengerFlow(platform, deployment.name(), challengerTraining());
        flowing = daemon(challengerFlow, "simulator-flow");
    }

    /** A challenger learns from the last days' orders, the new ring at scale among them, as a new version. */
    private ChallengerTraining challengerTraining() {
        HistoryTraining.Lesson lesson = new HistoryTraining.Lesson(config.historyRows(), RECENT_DAYS, clock.now(),
                config.datasetName() + "-recent", deployment.model(), config.folds(), config.trainingBudget(),
                config.seed(), config.workDirectory());
        MarketState ringAtScale = new MarketState(1.0, false, FraudPattern.AT_SCALE);
        return new ChallengerTraining(HistoryFile.recent(config.seed(), factory, ringAtScale), lesson);
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Where the challenger release stands; empty before one was triggered and the world went live. */
    public synchronized Optional<ReleaseProgress> release() {
        return Optional.ofNullable(release).map(ChallengerRelease::progress);
    }

    /** Where the challenger flow stands; empty before one was triggered and the world went live. */
    public synchronized Optional<ChallengerFlowProgress> challengerFlow() {
        return Optional.ofNullable(challengerFlow).map(ChallengerFlow::progress);
    }

    /** Freezes simulated time and holds the callers; outcomes already due are still reported. */
    public synchronized void pause() {
        pausedByUser = true;
        if (live != null) {
            live.pause();
        }
    }

    public synchronized void resume() {
        pausedByUser = false;
        if (live != null) {
            live.resume();
        }
    }

    /** Sets how many simulated seconds pass per real second, from 1 to 100. */
    public void setSpeed(double speed) {
        clock.setSpeed(speed);
    }

    /** Starts {@code kind} now, in simulated time, for its default duration. */
    public ScenarioEvent trigger(ScenarioKind kind) {
        return schedule(kind, clock.now(), kind.defaultDuration());
    }

    /**
     * Schedules {@code kind} at simulated time {@code at} for {@code duration} (empty: for good). A challenger
     * release or flow changes the world from {@code at}; its challenger is trained and released from now.
     */
    public ScenarioEvent schedule(ScenarioKind kind, Instant at, Optional<Duration> duration) {
        ScenarioEvent event = timeline.schedule(kind, at, duration);
        if (kind == ScenarioKind.CHALLENGER_RELEASE) {
            askForRelease();
        }
        if (kind == ScenarioKind.CHALLENGER_FLOW) {
            askForFlow();
        }
        return event;
    }

    public SimulatorSnapshot snapshot() {
        LiveRun run;
        synchronized (this) {
            run = live;
        }
        Instant now = clock.now();
        LiveFigures figures = run == null ? LiveFigures.NONE : run.figures();
        return new SimulatorSnapshot(phase, message, now, clock.speed(), pausedByUser, figures, timeline.events(),
                timeline.activeAt(now), alertRulesRefused);
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Stops preparing or running; the platform keeps what it was given. Waits for the threads to end. */
    @Override
    public void close() {
        Thread preparing;
        Thread releaseThread;
        Thread flowThread;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            preparing = preparation;
            releaseThread = releasing;
            flowThread = flowing;
            if (release != null) {
                release.stop();
            }
            if (challengerFlow != null) {
                challengerFlow.stop();
            }
            if (live != null) {
                live.close();
            }
        }
        join(preparing);
        join(releaseThread);
        join(flowThread);
        phase = SimulatorPhase.STOPPED;
        message = "Stopped";
    }

    private static void join(Thread thread) {
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

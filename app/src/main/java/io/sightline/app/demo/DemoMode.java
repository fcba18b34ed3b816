package io.sightline.app.demo;

import io.sightline.app.task.LatestValueRelay;
import io.sightline.engine.api.Platform;
import io.sightline.simulator.MarketplaceSimulator;
import io.sightline.simulator.SimulatorConfig;
import io.sightline.simulator.SimulatorSnapshot;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo inside the console: the simulator driving the demo's platform, and a timer that hands the latest
 * snapshot of it to the view model four times a second (never more than one delivery queued).
 */
public final class DemoMode implements AutoCloseable {
    private static final long REFRESH_MILLIS = 250;

    private final Platform platform;
    private final DemoDirectory directory;
    private final MarketplaceSimulator simulator;
    private final DemoViewModel viewModel;
    private final LatestValueRelay<SimulatorSnapshot> relay;
    private final ScheduledExecutorService timer;

    /**
     * The demo on {@code platform}, an engine opened on {@code directory}; {@code uiThread} is
     * {@code javafx.application.Platform::runLater} in the console.
     */
    public DemoMode(Platform platform, DemoDirectory directory, DemoOptions options, Path workDirectory,
                    DemoExits exits, Executor uiThread) {
        this.platform = platform;
        this.directory = directory;
        SimulatorConfig config = SimulatorConfig.defaults(workDirectory)
                .withTraining(options.historyRows(), options.trainingBudget());
        this.simulator = new MarketplaceSimulator(platform, config);
        this.viewModel = new DemoViewModel(simulator, exits);
        this.relay = new LatestValueRelay<>(uiThread, viewModel::show);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-status");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the world: history, first model and deployment in the background, then live traffic. */
    public void start() {
        simulator.start();
        timer.scheduleAtFixedRate(() -> relay.offer(simulator.snapshot()), 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The demo's engine; the console owns it and closes it after the demo. */
    public Platform platform() {
        return platform;
    }

    public DemoDirectory directory() {
        return directory;
    }

    public DemoViewModel viewModel() {
        return viewModel;
    }

    public MarketplaceSimulator simulator() {
        return simulator;
    }

    /** Stops the status timer and the simulator (its threads end before this returns); not the platform. */
    @Override
    public void close() {
        timer.shutdownNow();
        simulator.close();
    }
}

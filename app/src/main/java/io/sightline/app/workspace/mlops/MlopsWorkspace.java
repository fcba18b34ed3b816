package io.sightline.app.workspace.mlops;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.LiveWorkspace;
import io.sightline.app.shell.Persona;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.PlatformStatus;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Releases;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;

/**
 * The MLOps engineer's workspace for the shell's registry. While it is on screen it follows deployment changes
 * and polls the chosen deployment's release on a thread of its own (every {@link #POLL_INTERVAL}); when its view
 * leaves the scene it stops both.
 */
public final class MlopsWorkspace extends LiveWorkspace {
    /** How often the release is read: the arms' figures move with traffic, not faster than this matters. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    /** How often a running load test is read without an event: a safety net, events carry each step. */
    static final Duration CAPACITY_POLL_INTERVAL = Duration.ofSeconds(5);
    /** How often the flow shown is read without an event while it runs: a safety net, events carry each step. */
    static final Duration FLOW_POLL_INTERVAL = Duration.ofSeconds(10);

    private final MlopsViewModel viewModel;
    private final ScheduledExecutorService poller;

    public <P extends Alerts & Capacity & Datasets & Deployments & Events & Flows & Monitoring & PlatformStatus
            & Predictions & Registry & Releases>
            MlopsWorkspace(P platform, TaskExecutor tasks, DataOrigin origin) {
        this(platform, tasks, origin, POLL_INTERVAL);
    }

    <P extends Alerts & Capacity & Datasets & Deployments & Events & Flows & Monitoring & PlatformStatus
            & Predictions & Registry & Releases>
            MlopsWorkspace(P platform, TaskExecutor tasks, DataOrigin origin, Duration pollInterval) {
        super(Persona.MLOPS_ENGINEER, "mlops-timer");
        this.viewModel = new MlopsViewModel(platform, tasks, timer.timing(), System.getProperty("user.name", "unknown"),
                origin);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mlops-release-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            if (timer.isShown()) {
                viewModel.release().poll();
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        timer.everyWhileShown(CAPACITY_POLL_INTERVAL, viewModel.capacity()::poll);
        timer.everyWhileShown(FLOW_POLL_INTERVAL, viewModel.flows()::poll);
    }

    @Override
    protected Node createView() {
        return new MlopsView(viewModel).root();
    }

    /** Stops following events, polling and timing. */
    @Override
    public void close() {
        super.close();
        poller.shutdown(); // a poll under way finishes: interrupting it mid-read would disturb the engine's store
    }

    @Override
    protected MlopsViewModel viewModel() {
        return viewModel;
    }
}

package io.sightline.app.workspace.risk;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.LiveWorkspace;
import io.sightline.app.shell.Persona;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Platform;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The risk-operations workspace for the shell's registry. While it is on screen it follows platform events,
 * polls the monitor's figures on a thread of its own (once a second) and refreshes the alerts' ages; when its
 * view leaves the scene it stops all three.
 */
public final class RiskWorkspace extends LiveWorkspace {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    static final Duration AGE_REFRESH = Duration.ofSeconds(30);

    private final RiskViewModel viewModel;
    private final ScheduledExecutorService poller;

    public RiskWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin) {
        this(platform, tasks, origin, POLL_INTERVAL);
    }

    RiskWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin, Duration pollInterval) {
        super(Persona.RISK_OPERATIONS, "risk-operations-timer");
        this.viewModel = new RiskViewModel(platform, tasks, timer.timing(), new DesktopNotifier(this::window, origin),
                System.getProperty("user.name", "unknown"), origin);
        timer.everyWhileShown(AGE_REFRESH, viewModel.alerts()::refresh);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "risk-monitor-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            if (timer.isShown()) {
                viewModel.monitor().poll();
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Window window() {
        Node root = view();
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    protected Node createView() {
        return new RiskView(viewModel).root();
    }

    /** Stops following events, polling and timing. */
    @Override
    public void close() {
        super.close();
        poller.shutdown(); // a poll under way finishes: interrupting it mid-read would disturb the engine's store
    }

    @Override
    protected RiskViewModel viewModel() {
        return viewModel;
    }
}

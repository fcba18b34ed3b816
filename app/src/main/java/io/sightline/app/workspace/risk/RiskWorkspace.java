package io.sightline.app.workspace.risk;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Platform;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The risk-operations workspace for the shell's registry. While it is on screen it follows platform events,
 * polls the monitor's figures on a thread of its own (once a second) and refreshes the alerts' ages; when its
 * view leaves the scene it stops all three.
 */
public final class RiskWorkspace implements Workspace {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    static final Duration AGE_REFRESH = Duration.ofSeconds(30);

    private final RiskViewModel viewModel;
    private final ScheduledExecutorService poller;
    private final ScheduledExecutorService timer;
    private RiskView view;
    private volatile boolean shown;

    public RiskWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin) {
        this(platform, tasks, origin, POLL_INTERVAL);
    }

    RiskWorkspace(Platform platform, TaskExecutor tasks, DataOrigin origin, Duration pollInterval) {
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("risk-monitor-poller"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("risk-operations-timer"));
        UiTiming timing = new UiTiming(this::schedule, System::currentTimeMillis, InstantSource.system(),
                javafx.application.Platform::runLater);
        this.viewModel = new RiskViewModel(platform, tasks, timing, new DesktopNotifier(this::window, origin),
                System.getProperty("user.name", "unknown"), origin);
        poller.scheduleWithFixedDelay(() -> {
            if (shown) {
                viewModel.monitor().poll();
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> {
            if (shown) {
                javafx.application.Platform.runLater(viewModel.alerts()::refresh);
            }
        }, AGE_REFRESH.toMillis(), AGE_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Paced work starts on the FX thread; after {@link #close()} nothing is started any more. */
    private void schedule(Runnable action, long delayMillis) {
        try {
            timer.schedule(() -> javafx.application.Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The workspace was closed: there is nothing left to refresh.
        }
    }

    private Window window() {
        return view == null || view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    @Override
    public Persona persona() {
        return Persona.RISK_OPERATIONS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RiskView(viewModel);
            view.root().sceneProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    shown = false;
                    viewModel.deactivate();
                }
            });
        }
        return view.root();
    }

    @Override
    public void onShown() {
        view();
        shown = true;
        viewModel.activate();
    }

    /** Stops following events, polling and timing. */
    @Override
    public void close() {
        shown = false;
        viewModel.deactivate();
        poller.shutdownNow();
        timer.shutdownNow();
    }

    RiskViewModel viewModel() {
        return viewModel;
    }
}

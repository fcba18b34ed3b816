package io.sightline.app.task;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The life of a live workspace on screen: {@link #shown()} activates it, its view leaving the scene or
 * {@link #close()} deactivates it; meanwhile a timer thread of its own starts paced work and repeated refreshes
 * on the FX thread, the latter only while the workspace is shown.
 */
public final class WorkspaceTimer implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final Runnable activate;
    private final Runnable deactivate;
    private volatile boolean shown;

    public WorkspaceTimer(String threadName, Runnable activate, Runnable deactivate) {
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.activate = Objects.requireNonNull(activate);
        this.deactivate = Objects.requireNonNull(deactivate);
    }

    /** The console's timing: this timer for paced work, the system clocks, and the FX thread. */
    public UiTiming timing() {
        return new UiTiming(this::schedule, System::currentTimeMillis, InstantSource.system());
    }

    /** Starts {@code action} on the FX thread after a delay; after {@link #close()} nothing starts any more. */
    private void schedule(Runnable action, long delayMillis) {
        try {
            timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The workspace was closed: there is nothing left to refresh.
        }
    }

    /** Runs {@code action} on the FX thread every {@code period} while the workspace is shown. */
    public void everyWhileShown(Duration period, Runnable action) {
        timer.scheduleWithFixedDelay(() -> {
            if (shown) {
                Platform.runLater(action);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deactivates the workspace when {@code root} leaves the scene (another workspace took its place). */
    public void watch(Node root) {
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                shown = false;
                deactivate.run();
            }
        });
    }

    /** The workspace is on screen. */
    public void shown() {
        shown = true;
        activate.run();
    }

    public boolean isShown() {
        return shown;
    }

    /** Deactivates the workspace and stops the timer. */
    @Override
    public void close() {
        shown = false;
        deactivate.run();
        timer.shutdownNow();
    }
}

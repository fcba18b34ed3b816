package io.sightline.app.workspace.scientist;

import io.sightline.app.task.EventFollower;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Runs;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The workspace as a whole: its three tabs, and keeping them current. While the workspace is shown it listens
 * to platform events and reloads through a {@link ReloadPacer}, so that a burst of events costs one reload.
 */
public final class ScientistViewModel {
    /** Reloads start at most this often, however many events arrive. */
    public static final long MIN_RELOAD_INTERVAL_MILLIS = 500;

    private final ReloadPacer pacer;

    /** {@code platform} is any source of the four facets the tabs read and follow. */
    public <P extends Datasets & Runs & Registry & Events> ScientistViewModel(P platform, TaskExecutor tasks,
            ReloadPacer.Scheduler scheduler, LongSupplier clockMillis) {
        Objects.requireNonNull(platform);
        Objects.requireNonNull(tasks);
        this.datasets = new DatasetsViewModel(platform, tasks);
        this.runs = new RunsViewModel(platform, platform, tasks);
        this.models = new ModelsViewModel(platform, platform, tasks);
        this.pacer = new ReloadPacer(this::reloadAll, scheduler, clockMillis, MIN_RELOAD_INTERVAL_MILLIS);
        this.follower = new EventFollower(platform, tasks, this::onEvent, pacer::request,
                "Lists reload when you come back.");
    }

    private final DatasetsViewModel datasets;

    public DatasetsViewModel datasets() {
        return datasets;
    }

    private final RunsViewModel runs;

    public RunsViewModel runs() {
        return runs;
    }

    private final ModelsViewModel models;

    public ModelsViewModel models() {
        return models;
    }

    private final EventFollower follower;

    /** Why the workspace does not follow live changes; empty while it does. */
    public ReadOnlyStringProperty liveErrorProperty() {
        return follower.problemProperty();
    }

    /** The workspace is on screen: listen for events (once) and reload. */
    public void activate() {
        follower.start();
    }

    /** The workspace left the screen: stop listening; {@link #activate()} starts again. */
    public void deactivate() {
        follower.stop();
    }

    /** Called on the platform's delivery thread: only signals the pacer, never touches properties. */
    void onEvent(PlatformEvent event) {
        if (matters(event)) {
            pacer.request();
        }
    }

    /** Events that change what this workspace lists; training progress only when a candidate finished. */
    static boolean matters(PlatformEvent event) {
        return switch (event) {
            case PlatformEvent.DatasetImported imported -> true;
            case PlatformEvent.TrainingFinished finished -> true;
            case PlatformEvent.ModelVersionRegistered registered -> true;
            case PlatformEvent.TrainingProgress progress -> progress.finishedCandidate() != null;
            case PlatformEvent.DeploymentChanged changed -> false;
            case PlatformEvent.AlertChanged alert -> false;
            case PlatformEvent.CapacityTestChanged capacity -> false;
            case PlatformEvent.FlowChanged flow -> false;
        };
    }

    /** One reload of all three tabs; {@code whenDone} runs when the last of them is over. */
    private void reloadAll(Runnable whenDone) {
        AtomicInteger left = new AtomicInteger(3);
        Runnable oneDone = () -> {
            if (left.decrementAndGet() == 0) {
                whenDone.run();
            }
        };
        datasets.reload(oneDone);
        runs.reload(oneDone);
        models.reload(oneDone);
    }
}

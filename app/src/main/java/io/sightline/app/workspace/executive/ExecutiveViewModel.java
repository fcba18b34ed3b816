package io.sightline.app.workspace.executive;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.EventFollower;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LiveViewModel;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.Runs;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The executive overview: the eight figures of {@link Kpis} for the chosen period, read and computed off the UI
 * thread and replaced whole. It reloads when shown, when the period changes, when deployments, versions or
 * trainings change (paced, so a burst costs one reload) and when the workspace's timer asks.
 */
public final class ExecutiveViewModel implements LiveViewModel {
    /** Reloads start at most this often. */
    public static final long MIN_RELOAD_INTERVAL_MILLIS = 2_000;

    private final KpiReader reader;
    private final TaskExecutor tasks;
    private final InstantSource clock;
    private final ReloadPacer pacer;

    /** {@code platform} is any source of the facets the figures are read from and followed with. */
    public <P extends Deployments & Monitoring & Runs & Events> ExecutiveViewModel(P platform, TaskExecutor tasks,
            UiTiming timing, DataOrigin origin) {
        this.reader = new KpiReader(platform, platform, platform);
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = timing.clock();
        this.origin = Objects.requireNonNull(origin);
        this.pacer = new ReloadPacer(this::reload, timing.scheduler(), timing.clockMillis(), MIN_RELOAD_INTERVAL_MILLIS);
        this.follower = new EventFollower(platform, tasks, this::onEvent, pacer::request,
                "The figures reload when you come back to this workspace.");
        period.addListener((obs, old, now) -> pacer.request());
    }

    private final DataOrigin origin;

    public DataOrigin origin() {
        return origin;
    }

    private final EventFollower follower;

    public ReadOnlyStringProperty liveErrorProperty() {
        return follower.problemProperty();
    }

    private final ObjectProperty<RecentPeriod> period = new SimpleObjectProperty<>(this, "period", RecentPeriod.ONE_DAY);

    public ObjectProperty<RecentPeriod> periodProperty() {
        return period;
    }

    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpisReadOnly = FXCollections.unmodifiableObservableList(kpis);

    /** The figures in tile order; empty until the first load. */
    public ObservableList<Kpi> kpis() {
        return kpisReadOnly;
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "");

    /** When the figures were read: "Updated 2026-11-02 14:05". */
    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public void activate() {
        follower.start();
    }

    @Override
    public void deactivate() {
        follower.stop();
    }

    /** Asks for a reload (paced). */
    public void refresh() {
        pacer.request();
    }

    /** Called on the platform's delivery thread. */
    void onEvent(PlatformEvent event) {
        if (matters(event)) {
            pacer.request();
        }
    }

    static boolean matters(PlatformEvent event) {
        return switch (event) {
            case PlatformEvent.DeploymentChanged changed -> true;
            case PlatformEvent.ModelVersionRegistered registered -> true;
            case PlatformEvent.TrainingFinished finished -> true;
            case PlatformEvent.DatasetImported imported -> false;
            case PlatformEvent.TrainingProgress progress -> false;
            case PlatformEvent.AlertChanged alert -> false;
            case PlatformEvent.CapacityTestChanged capacity -> false;
            case PlatformEvent.FlowChanged flow -> false;
        };
    }

    private void reload(Runnable whenDone) {
        RecentPeriod chosen = period.get();
        loading.set(true);
        tasks.execute(BackgroundTask.of(() -> {
            Instant now = clock.instant();
            return new Loaded(chosen, now, Kpis.of(reader.read(chosen, now)));
        }).onSuccess(loaded -> {
            if (loaded.period() == period.get()) {
                kpis.setAll(loaded.kpis());
                updated.set("Updated " + Figures.dateTime(loaded.at()));
                error.set("");
            }
        }).onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the figures")))
                .onFinished(() -> {
                    loading.set(false);
                    whenDone.run();
                }));
    }

    private record Loaded(RecentPeriod period, Instant at, List<Kpi> kpis) {
    }
}

package io.sightline.app.workspace.risk;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.PlatformEvent;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alert center: firing and acknowledged alerts, the history of resolved ones, acknowledging and resolving
 * in the name of the person at the desk, and a desktop notification when alerts fire. Alert events arrive on
 * the platform's delivery thread and only signal two pacers: one reloads the lists, the other gathers the
 * alerts that fired meanwhile into one notification, so that a storm of alerts costs a few reloads and a few
 * notifications, not one per event.
 */
public final class AlertCenterViewModel {
    /** Lists reload at most this often, however many alerts change. */
    public static final long MIN_RELOAD_INTERVAL_MILLIS = 500;

    /** Notifications come at most this often; alerts that fire meanwhile share the next one. */
    public static final long MIN_NOTICE_INTERVAL_MILLIS = 10_000;
    static final int HISTORY_LIMIT = 200;

    private final Alerts alerts;
    private final TaskExecutor tasks;
    private final InstantSource clock;
    private final FiringNotifier notifier;
    private final ReloadPacer reloads;
    private final ReloadPacer notices;
    private final ConcurrentLinkedQueue<Alert> fired = new ConcurrentLinkedQueue<>();

    /**
     * @param scheduler starts paced reloads and notifications on the UI thread
     * @param user who acknowledges and resolves: the name of the person signed in to this computer
     */
    public AlertCenterViewModel(Alerts alerts, TaskExecutor tasks, ReloadPacer.Scheduler scheduler,
            LongSupplier clockMillis, InstantSource clock, FiringNotifier notifier, String user) {
        this.alerts = Objects.requireNonNull(alerts);
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        this.user = Objects.requireNonNull(user);
        this.reloads = new ReloadPacer(this::reload, scheduler, clockMillis, MIN_RELOAD_INTERVAL_MILLIS);
        this.notices = new ReloadPacer(this::notifyFired, scheduler, clockMillis, MIN_NOTICE_INTERVAL_MILLIS);
    }

    private final String user;

    /** Who acknowledges and resolves from this desk. */
    public String user() {
        return user;
    }

    private final ObservableList<AlertRow> open = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> openReadOnly = FXCollections.unmodifiableObservableList(open);

    /** Firing alerts, then acknowledged ones. */
    public ObservableList<AlertRow> open() {
        return openReadOnly;
    }

    private final ObservableList<AlertRow> history = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> historyReadOnly = FXCollections.unmodifiableObservableList(history);

    /** Resolved alerts, newest first, at most {@value #HISTORY_LIMIT}. */
    public ObservableList<AlertRow> history() {
        return historyReadOnly;
    }

    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError", "");

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper(this, "actionError", "");

    /** Why the last acknowledge or resolve failed; empty when it worked. */
    public ReadOnlyStringProperty actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    /** Whether the lists have been loaded at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Called on the platform's delivery thread. */
    public void onAlertChanged(PlatformEvent.AlertChanged event) {
        if (event.alert().state() == AlertState.FIRING) {
            fired.add(event.alert());
            notices.request();
        }
        reloads.request();
    }

    /** Asks for a reload (paced); also refreshes the ages. */
    public void refresh() {
        reloads.request();
    }

    private void reload(Runnable whenDone) {
        tasks.execute(BackgroundTask.of(() -> rows(alerts.alerts(true), clock.instant()))
                .onSuccess(rows -> {
                    open.setAll(rows.get(0));
                    history.setAll(rows.get(1));
                    loadError.set("");
                    loaded.set(true);
                })
                .onFailure(failure -> loadError.set(FailureMessages.plain(failure, "loading the alerts")))
                .onFinished(whenDone));
    }

    /** Open alerts (firing first, then acknowledged, newest first) and the newest resolved ones. */
    private static List<List<AlertRow>> rows(List<Alert> alerts, Instant now) {
        List<AlertRow> firing = new ArrayList<>();
        List<AlertRow> acknowledged = new ArrayList<>();
        List<AlertRow> resolved = new ArrayList<>();
        for (Alert alert : alerts) {
            AlertRow row = AlertRow.of(alert, now);
            switch (alert.state()) {
                case FIRING -> firing.add(row);
                case ACKNOWLEDGED -> acknowledged.add(row);
                case RESOLVED -> {
                    if (resolved.size() < HISTORY_LIMIT) {
                        resolved.add(row);
                    }
                }
            }
        }
        firing.addAll(acknowledged);
        return List.of(firing, resolved);
    }

    private void notifyFired(Runnable whenDone) {
        try {
            List<Alert> batch = new ArrayList<>();
            for (Alert alert = fired.poll(); alert != null; alert = fired.poll()) {
                batch.add(alert);
            }
            if (!batch.isEmpty()) {
                notifier.alertsFired(batch);
            }
        } finally {
            whenDone.run();
        }
    }

    public void acknowledge(AlertRow row) {
        if (row.canAcknowledge()) {
            act(row, alerts::acknowledgeAlert, "acknowledging the alert");
        }
    }

    public void resolve(AlertRow row) {
        if (row.canResolve()) {
            act(row, alerts::resolveAlert, "resolving the alert");
        }
    }

    private void act(AlertRow row, BiFunction<String, String, Alert> call, String what) {
        actionError.set("");
        busy.set(true);
        tasks.execute(BackgroundTask.of(() -> call.apply(row.id(), user))
                .onSuccess(updated -> reloads.request())
                .onFailure(failure -> actionError.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> busy.set(false)));
    }
}

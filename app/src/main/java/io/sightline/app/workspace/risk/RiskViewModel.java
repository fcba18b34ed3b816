package io.sightline.app.workspace.risk;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.EventFollower;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LiveViewModel;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The risk-operations workspace as a whole: the deployment being watched and its four parts — monitor, alert
 * center, flagged queue and strategies. While the workspace is shown it follows platform events: alert changes
 * go to the alert center, deployment changes reload the list of deployments (and what is known of the chosen
 * one when it changed). Everything here runs on the UI thread but {@link #onEvent}.
 */
public final class RiskViewModel implements LiveViewModel {
    /** The deployments list reloads at most this often, however many deployments change. */
    public static final long MIN_RELOAD_INTERVAL_MILLIS = 1_000;

    /** The window of the performance report read for the positive label (a cheap one). */
    static final Duration LABEL_PROBE = Duration.ofMinutes(1);

    private final Deployments deploymentSource;
    private final Monitoring monitoring;
    private final Registry registry;
    private final TaskExecutor tasks;
    private final ReloadPacer deploymentReloads;
    // The chosen deployment for the delivery thread, and whether it changed since the last reload.
    private volatile String chosen;
    private volatile boolean chosenChanged;

    public <P extends Alerts & Deployments & Events & Monitoring & Predictions & Registry & Strategies> RiskViewModel(P platform,
            TaskExecutor tasks, UiTiming timing, FiringNotifier notifier, String user,
            DataOrigin origin) {
        this.deploymentSource = Objects.requireNonNull(platform);
        this.monitoring = Objects.requireNonNull(platform);
        this.registry = Objects.requireNonNull(platform);
        this.tasks = Objects.requireNonNull(tasks);
        this.origin = Objects.requireNonNull(origin);
        this.monitor = new MonitorViewModel(platform, timing.scheduler(), timing.clockMillis());
        this.alerts = new AlertCenterViewModel(platform, tasks, timing.scheduler(), timing.clockMillis(),
                timing.clock(), notifier, user);
        this.flagged = new FlaggedQueueViewModel(platform, tasks);
        this.strategies = new StrategiesViewModel(platform, tasks);
        this.deploymentReloads = new ReloadPacer(this::reloadDeployments, timing.scheduler(), timing.clockMillis(),
                MIN_RELOAD_INTERVAL_MILLIS);
        this.follower = new EventFollower(platform, tasks, this::onEvent, () -> {
            deploymentReloads.request();
            alerts.refresh();
        }, "The lists reload when you come back to this workspace.");
    }

    private final DataOrigin origin;

    public DataOrigin origin() {
        return origin;
    }

    private final MonitorViewModel monitor;

    public MonitorViewModel monitor() {
        return monitor;
    }

    private final AlertCenterViewModel alerts;

    public AlertCenterViewModel alerts() {
        return alerts;
    }

    private final FlaggedQueueViewModel flagged;

    public FlaggedQueueViewModel flagged() {
        return flagged;
    }

    private final StrategiesViewModel strategies;

    public StrategiesViewModel strategies() {
        return strategies;
    }

    private final EventFollower follower;

    /** Why live updates are off; empty while they are on. */
    public ReadOnlyStringProperty liveErrorProperty() {
        return follower.problemProperty();
    }

    private final ObservableList<String> deployments = FXCollections.observableArrayList();
    private final ObservableList<String> deploymentsReadOnly = FXCollections.unmodifiableObservableList(deployments);

    /** Deployment names, live ones first. */
    public ObservableList<String> deployments() {
        return deploymentsReadOnly;
    }

    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<DeploymentFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");

    public ReadOnlyObjectProperty<DeploymentFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the deployments or the chosen one's model could not be read; empty when they could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(this, "empty", "");

    /** What to do when there is no deployment yet; empty when there is one. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The workspace is on screen: follow events and reload. */
    @Override
    public void activate() {
        follower.start();
    }

    /** The workspace left the screen: stop following events. */
    @Override
    public void deactivate() {
        follower.stop();
    }

    /** Called on the platform's delivery thread: hands on, never touches properties. */
    void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.AlertChanged changed) {
            alerts.onAlertChanged(changed);
        } else if (event instanceof PlatformEvent.DeploymentChanged changed) {
            chosenChanged |= changed.deployment().equals(chosen);
            deploymentReloads.request();
        }
    }

    private void reloadDeployments(Runnable whenDone) {
        boolean refreshFacts = chosenChanged;
        chosenChanged = false;
        tasks.execute(BackgroundTask.of(deploymentSource::deployments)
                .onSuccess(list -> showDeployments(list, refreshFacts))
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "loading the deployments")))
                .onFinished(whenDone));
    }

    private void showDeployments(List<Deployment> list, boolean refreshFacts) {
        error.set("");
        List<Deployment> sorted = list.stream().sorted(Comparator
                .comparing((Deployment d) -> d.state() != DeploymentState.LIVE).thenComparing(Deployment::name))
                .toList();
        List<String> names = sorted.stream().map(Deployment::name).toList();
        if (!deployments.equals(names)) {
            deployments.setAll(names);
        }
        empty.set(sorted.isEmpty() ? "No deployment yet: put a model live (the analyst's Deploy step does it) and"
                + " its traffic, alerts and flagged cases appear here." : "");
        String chosen = selected.get();
        if (chosen == null || !deployments.contains(chosen)) {
            select(sorted.isEmpty() ? null : sorted.get(0).name());
        } else if (refreshFacts) {
            loadFacts(chosen);
        }
    }

    /** Watches another deployment: the monitor follows it at once, the other parts once its model is read. */
    public void select(String deployment) {
        if (Objects.equals(deployment, selected.get())) {
            return;
        }
        selected.set(deployment);
        chosen = deployment;
        monitor.show(deployment);
        facts.set(null);
        flagged.show(null);
        strategies.show(null);
        if (deployment != null) {
            loadFacts(deployment);
        }
    }

    private void loadFacts(String deployment) {
        tasks.execute(BackgroundTask.of(() -> facts(deployment))
                .onSuccess(found -> {
                    if (deployment.equals(selected.get())) {
                        error.set("");
                        facts.set(found);
                        flagged.show(found);
                        strategies.show(found);
                    }
                })
                .onFailure(failure -> {
                    if (deployment.equals(selected.get())) {
                        error.set(FailureMessages.plain(failure, "reading the model of " + deployment));
                    }
                }));
    }

    private DeploymentFacts facts(String deployment) {
        Deployment d = deploymentSource.deployment(deployment);
        ModelVersion version = registry.modelVersion(d.model(), d.version());
        return new DeploymentFacts(deployment, d.model(), d.version(), version.schema(), positiveLabel(deployment));
    }

    /** The label that means fraud, as the platform's performance reports name it; null when there is none. */
    private String positiveLabel(String deployment) {
        try {
            return monitoring.performance(deployment, LABEL_PROBE).positiveLabel();
        } catch (PlatformException unavailable) {
            return null;
        }
    }
}

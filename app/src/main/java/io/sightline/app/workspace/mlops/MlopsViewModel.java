package io.sightline.app.workspace.mlops;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.EventFollower;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.LiveViewModel;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformStatus;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;
import java.util.ArrayList;
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
 * The MLOps engineer's workspace as a whole: the deployments with their policies, the one chosen, and its parts —
 * the live release, the policy editor, rollback and deploy, drift, the monitoring set-up, capacity and
 * deployment flows. While the workspace
 * is shown it follows deployment changes: the list reloads (paced), and the chosen deployment's history and
 * versions when it changed. Everything here runs on the UI thread but {@link #onEvent}.
 */
public final class MlopsViewModel implements LiveViewModel {
    /** The deployments list reloads at most this often, however many deployments change. */
    static final long MIN_RELOAD_INTERVAL_MILLIS = 1_000;
    /** How far back the chosen deployment's history reaches. */
    static final Duration HISTORY = Duration.ofDays(30);

    private final Deployments deploymentSource;
    private final Registry registry;
    private final Releases releases;
    private final TaskExecutor tasks;
    private final DataOrigin origin;
    private final ReleaseViewModel release;
    private final PolicyEditorViewModel policy;
    private final ReleaseActionsViewModel actions;
    private final DriftViewModel drift;
    private final MonitoringSetupViewModel setup;
    private final CapacityViewModel capacity;
    private final FlowsViewModel flows;
    private final ReloadPacer reloads;
    private final EventFollower follower;
    private final LatestRequest models;
    private volatile String chosen;
    private volatile boolean chosenChanged;

    public <P extends Alerts & Capacity & Datasets & Deployments & Events & Flows & Monitoring & PlatformStatus
            & Predictions & Registry & Releases> MlopsViewModel(P platform, TaskExecutor tasks, UiTiming timing, String user, DataOrigin origin) {
        this.deploymentSource = Objects.requireNonNull(platform);
        this.registry = platform;
        this.releases = platform;
        this.tasks = Objects.requireNonNull(tasks);
        this.origin = Objects.requireNonNull(origin);
        this.models = new LatestRequest(tasks);
        this.release = new ReleaseViewModel(platform, timing);
        this.policy = new PolicyEditorViewModel(platform, tasks, user, () -> changed(true));
        this.actions = new ReleaseActionsViewModel(platform, platform, platform, tasks, user, () -> changed(true));
        this.drift = new DriftViewModel(platform, tasks);
        this.setup = new MonitoringSetupViewModel(platform, tasks);
        this.capacity = new CapacityViewModel(platform, tasks, timing, user);
        this.flows = new FlowsViewModel(platform, platform, platform, platform, tasks, timing, user);
        this.reloads = new ReloadPacer(this::reload, timing.scheduler(), timing.clockMillis(),
                MIN_RELOAD_INTERVAL_MILLIS);
        this.follower = new EventFollower(platform, tasks, this::onEvent, () -> {
            reloads.request();
            setup.reload();
            capacity.refresh();
            flows.refresh();
        }, "The lists reload when you come back to this workspace.");
    }

    private final ObservableList<DeploymentRow> deployments = FXCollections.observableArrayList();

    /** Deployments, live ones first. */
    public ObservableList<DeploymentRow> deployments() {
        return FXCollections.unmodifiableObservableList(deployments);
    }

    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<DeploymentModel> model = new ReadOnlyObjectWrapper<>(this, "model");

    /** The chosen deployment with its model's versions; null until read. */
    public ReadOnlyObjectProperty<DeploymentModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();

    /** The chosen deployment's changes, newest first. */
    public ObservableList<HistoryRow> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper(this, "empty", "");

    /** What to do when there is no deployment yet; empty when there is one. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Why live updates are off; empty while they are on. */
    public ReadOnlyStringProperty liveErrorProperty() {
        return follower.problemProperty();
    }

    public DataOrigin origin() {
        return origin;
    }

    public ReleaseViewModel release() {
        return release;
    }

    public PolicyEditorViewModel policy() {
        return policy;
    }

    public ReleaseActionsViewModel actions() {
        return actions;
    }

    public DriftViewModel drift() {
        return drift;
    }

    public MonitoringSetupViewModel setup() {
        return setup;
    }

    public CapacityViewModel capacity() {
        return capacity;
    }

    public FlowsViewModel flows() {
        return flows;
    }

    // ---- life on screen

    @Override
    public void activate() {
        follower.start();
    }

    @Override
    public void deactivate() {
        follower.stop();
    }

    /** Called on the platform's delivery thread: hands on, never touches properties. */
    void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.DeploymentChanged changed) {
            chosenChanged |= changed.deployment().equals(chosen);
            reloads.request();
        } else if (event instanceof PlatformEvent.ModelVersionRegistered) {
            chosenChanged = true;
            reloads.request();
            flows.onModelRegistered();
        } else if (event instanceof PlatformEvent.CapacityTestChanged changed) {
            capacity.onEvent(changed);
        } else if (event instanceof PlatformEvent.FlowChanged changed) {
            flows.onEvent(changed);
        }
    }

    // ---- commands

    /** Shows another deployment: its release follows at once, the forms once its model is read. */
    public void select(String deployment) {
        if (Objects.equals(deployment, selected.get())) {
            return;
        }
        selected.set(deployment);
        chosen = deployment;
        release.show(deployment);
        setup.follow(deployment);
        capacity.show(deployment);
        model.set(null);
        history.clear();
        loadModel(deployment, true);
    }

    /** After an action of this workspace: everything about the chosen deployment is read again. */
    private void changed(boolean editorToo) {
        reloadList(() -> { });
        loadModel(selected.get(), editorToo);
    }

    private void reload(Runnable whenDone) {
        boolean refreshChosen = chosenChanged;
        chosenChanged = false;
        reloadList(whenDone);
        if (refreshChosen) {
            loadModel(selected.get(), false);
        }
    }

    private void reloadList(Runnable whenDone) {
        tasks.execute(BackgroundTask.of(this::rows)
                .onSuccess(this::showRows)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "loading the deployments")))
                .onFinished(whenDone));
    }

    private List<DeploymentRow> rows() {
        List<DeploymentRow> rows = new ArrayList<>();
        for (Deployment deployment : deploymentSource.deployments()) {
            rows.add(new DeploymentRow(deployment, policyOrNull(deployment.name())));
        }
        rows.sort(Comparator.comparing((DeploymentRow r) -> r.deployment().state() != DeploymentState.LIVE)
                .thenComparing(DeploymentRow::name));
        return rows;
    }

    private TrafficPolicy policyOrNull(String deployment) {
        try {
            return releases.policy(deployment);
        } catch (PlatformException unreadable) {
            return null;
        }
    }

    private void showRows(List<DeploymentRow> rows) {
        error.set("");
        deployments.setAll(rows);
        List<String> names = rows.stream().map(DeploymentRow::name).toList();
        setup.deployments().setAll(names);
        empty.set(rows.isEmpty() ? "No deployment yet: put a model live (the analyst's Deploy step does it) and its"
                + " release, drift and alerts appear here." : "");
        if (selected.get() == null || !names.contains(selected.get())) {
            select(rows.isEmpty() ? null : rows.get(0).name());
        }
    }

    /** What is read of the chosen deployment on each change: the deployment, its versions, policy and history. */
    private record Loaded(DeploymentModel model, TrafficPolicy policy, List<DeploymentChange> history) {
    }

    private void loadModel(String deployment, boolean editorToo) {
        if (deployment == null) {
            models.cancel();
            policy.load(null, null);
            actions.show(null);
            drift.show(null);
            return;
        }
        models.submit(BackgroundTask.of(() -> loaded(deployment))
                .onSuccess(found -> {
                    if (!deployment.equals(selected.get())) {
                        return;
                    }
                    error.set("");
                    model.set(found.model());
                    history.setAll(found.history().stream().map(HistoryRow::new).toList());
                    if (editorToo) {
                        policy.load(found.model(), found.policy());
                    }
                    actions.show(found.model());
                    drift.show(found.model());
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading " + deployment))));
    }

    private Loaded loaded(String deployment) {
        Deployment served = deploymentSource.deployment(deployment);
        List<ModelVersion> versions = registry.modelVersions(served.model()).stream()
                .sorted(Comparator.comparingInt(ModelVersion::version).reversed()).toList();
        List<DeploymentChange> changes = deploymentSource.deploymentHistory(HISTORY).stream()
                .filter(c -> c.deployment().equals(deployment)).toList();
        return new Loaded(new DeploymentModel(served, versions), releases.policy(deployment), changes);
    }
}

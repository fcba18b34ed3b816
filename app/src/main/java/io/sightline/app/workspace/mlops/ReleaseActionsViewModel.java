package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.Stage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What an engineer does to the chosen deployment at once: roll back to the version served before (a reason is
 * required, and recorded with who), deploy another version of its model, or move a version to another stage.
 */
public final class ReleaseActionsViewModel {
    private final Deployments deployments;
    private final Registry registry;
    private final Releases releases;
    private final TaskExecutor tasks;
    private final String user;
    private final Runnable changed;
    private DeploymentModel model;

    /** {@code changed} runs after every action that worked, so that the rest of the workspace reloads. */
    public ReleaseActionsViewModel(Deployments deployments, Registry registry, Releases releases, TaskExecutor tasks,
            String user, Runnable changed) {
        this.deployments = Objects.requireNonNull(deployments);
        this.registry = Objects.requireNonNull(registry);
        this.releases = Objects.requireNonNull(releases);
        this.tasks = Objects.requireNonNull(tasks);
        this.user = Objects.requireNonNull(user);
        this.changed = Objects.requireNonNull(changed);
    }

    private final StringProperty rollbackReason = new SimpleStringProperty(this, "rollbackReason", "");

    /** Why the deployment is rolled back: required. */
    public StringProperty rollbackReasonProperty() {
        return rollbackReason;
    }

    private final ObservableList<Integer> versions = FXCollections.observableArrayList();

    /** The deployment's model versions, newest first. */
    public ObservableList<Integer> versions() {
        return versions;
    }

    private final ObjectProperty<Integer> deployVersion = new SimpleObjectProperty<>(this, "deployVersion");

    public ObjectProperty<Integer> deployVersionProperty() {
        return deployVersion;
    }

    private final ObjectProperty<Integer> stageVersion = new SimpleObjectProperty<>(this, "stageVersion");

    public ObjectProperty<Integer> stageVersionProperty() {
        return stageVersion;
    }

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.PRODUCTION);

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper chosen = new ReadOnlyBooleanWrapper(this, "chosen");

    private final BooleanBinding canRollBack = Bindings.createBooleanBinding(() -> chosen.get()
            && !rollbackReason.get().isBlank() && !working.get(), chosen, rollbackReason, working);

    /** True when a deployment is chosen, a reason is typed and nothing is under way. */
    public BooleanBinding canRollBackProperty() {
        return canRollBack;
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Acts on {@code deployment} from now on; null acts on nothing. */
    public void show(DeploymentModel deployment) {
        boolean other = model == null || deployment == null || !model.name().equals(deployment.name());
        model = deployment;
        chosen.set(deployment != null);
        List<Integer> numbers = deployment == null ? List.of() : deployment.versionNumbers();
        versions.setAll(numbers);
        if (other) {
            rollbackReason.set("");
            error.set("");
            notice.set("");
        }
        deployVersion.set(numbers.contains(deployVersion.get()) ? deployVersion.get() : first(numbers));
        stageVersion.set(numbers.contains(stageVersion.get()) ? stageVersion.get() : first(numbers));
    }

    private static Integer first(List<Integer> numbers) {
        return numbers.isEmpty() ? null : numbers.get(0);
    }

    /** Puts back the version served before; does nothing without a reason. */
    public void rollback() {
        if (!canRollBack.get()) {
            return;
        }
        String name = model.name();
        String why = rollbackReason.get().strip();
        run(() -> releases.rollback(name, user, why), done -> {
            rollbackReason.set("");
            return name + " rolled back: it serves v" + done.version() + " again.";
        }, "rolling back " + name);
    }

    /** Makes the chosen version live under the deployment's name, as a single-version policy. */
    public void deploy() {
        Integer version = deployVersion.get();
        if (model == null || version == null || working.get()) {
            return;
        }
        String name = model.name();
        String modelName = model.deployment().model();
        run(() -> deployments.deploy(name, modelName, version), done -> name + " serves v" + done.version() + " now.",
                "deploying v" + version + " to " + name);
    }

    /** Moves the chosen version to the chosen stage in the registry. */
    public void promote() {
        Integer version = stageVersion.get();
        Stage to = stage.get();
        if (model == null || version == null || to == null || working.get()) {
            return;
        }
        String modelName = model.deployment().model();
        run(() -> registry.setStage(modelName, version, to),
                done -> modelName + " v" + done.version() + " is in " + done.stage().name().toLowerCase() + " now.",
                "moving v" + version + " to " + to.name().toLowerCase());
    }

    private <T> void run(Callable<T> action, java.util.function.Function<T, String> said, String what) {
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(action)
                .onSuccess(done -> {
                    notice.set(said.apply(done));
                    changed.run();
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> working.set(false)));
    }
}

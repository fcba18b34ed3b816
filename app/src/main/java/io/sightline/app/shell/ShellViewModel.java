package io.sightline.app.shell;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which personas exist and which is shown, the theme, and the engine's status line
 * (mode, data location, health). Everything it remembers goes through {@link ShellPreferences}.
 */
public final class ShellViewModel {
    private final Platform platform;
    private final TaskExecutor tasks;
    private final ShellPreferences preferences;

    private final ObservableList<Persona> personas;
    private final ReadOnlyObjectWrapper<Persona> selectedPersona = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper engineMode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataLocation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper engineVersion = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HealthStatus> health = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper healthText = new ReadOnlyStringWrapper("Checking the engine…");
    private boolean refreshing;

    public ShellViewModel(Platform platform, TaskExecutor tasks, ShellPreferences preferences, List<Persona> available) {
        if (available.isEmpty()) {
            throw new IllegalArgumentException("The console needs at least one workspace.");
        }
        this.platform = platform;
        this.tasks = tasks;
        this.preferences = preferences;
        this.personas = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(available));
        this.theme.set(preferences.theme());
        this.selectedPersona.set(preferences.lastPersona().filter(available::contains).orElse(available.get(0)));
    }

    /** Shows the persona's workspace; a persona without a workspace is ignored (its shortcut does nothing). */
    public void select(Persona persona) {
        if (personas.contains(persona)) {
            selectedPersona.set(persona);
            preferences.saveLastPersona(persona);
        }
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
        preferences.saveTheme(theme.get());
    }

    public Optional<WindowPlacement> windowPlacement() {
        return preferences.windowPlacement();
    }

    public void saveWindowPlacement(WindowPlacement placement) {
        preferences.saveWindowPlacement(placement);
    }

    /** Asks the engine, off the FX thread, who it is and how it feels; a refresh in flight is not doubled. */
    public void refreshStatus() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        tasks.execute(BackgroundTask.of(() -> new EngineStatus(platform.info(), platform.health()))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    health.set(HealthStatus.RED);
                    healthText.set("Not answering: " + FailureMessages.plain(failure));
                })
                .onFinished(() -> refreshing = false));
    }

    private void show(EngineStatus status) {
        PlatformInfo info = status.info();
        engineMode.set(capitalised(info.mode()));
        dataLocation.set(info.location());
        engineVersion.set(info.version());
        health.set(status.health().status());
        healthText.set(describe(status.health()));
    }

    /** "Healthy", or the status followed by what the unhealthy components say. */
    static String describe(Health health) {
        if (health.status() == HealthStatus.GREEN) {
            return "Healthy";
        }
        String problems = health.components().stream()
                .filter(c -> c.status() != HealthStatus.GREEN)
                .map(ShellViewModel::describe)
                .collect(Collectors.joining("; "));
        String headline = health.status() == HealthStatus.YELLOW ? "Degraded" : "Unhealthy";
        return problems.isEmpty() ? headline : headline + ": " + problems;
    }

    private static String describe(ComponentHealth component) {
        return component.detail() == null || component.detail().isBlank()
                ? component.component() : component.component() + " — " + component.detail();
    }

    private static String capitalised(String word) {
        if (word == null || word.isEmpty()) {
            return "";
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private record EngineStatus(PlatformInfo info, Health health) {
    }

    public ObservableList<Persona> personas() {
        return personas;
    }

    public ReadOnlyObjectProperty<Persona> selectedPersonaProperty() {
        return selectedPersona.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineModeProperty() {
        return engineMode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataLocationProperty() {
        return dataLocation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineVersionProperty() {
        return engineVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HealthStatus> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty healthTextProperty() {
        return healthText.getReadOnlyProperty();
    }
}

package io.sightline.app.shell;

import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.PlatformException;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: which personas exist and which is shown, which page the centre shows, the theme,
 * and the session — the platform the console is connected to with the workspaces made on it. Switching
 * opens the new platform first, off the FX thread; only when that worked are the old workspaces and platform
 * closed, so a failed connection leaves the console where it was, with the reason in {@link #problemProperty()}.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final TaskExecutor tasks;
    private final SessionFactory sessions;
    private final PlatformProfiles profiles;

    public ShellViewModel(ConsoleSession initial, SessionFactory sessions, PlatformProfiles profiles,
                          TaskExecutor tasks, ShellPreferences preferences) {
        List<Persona> available = initial.workspaces().personas();
        if (available.isEmpty()) {
            throw new IllegalArgumentException("The console needs at least one workspace.");
        }
        this.tasks = tasks;
        this.preferences = preferences;
        this.sessions = sessions;
        this.profiles = profiles;
        this.personas = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(available));
        this.session.set(initial);
        this.theme.set(preferences.theme());
        this.selectedPersona.set(preferences.lastPersona().filter(available::contains).orElse(available.get(0)));
        this.notice.bind(Bindings.createStringBinding(
                () -> problem.get().isEmpty() ? switchProgress.get() : problem.get(), problem, switchProgress));
    }

    private final ShellPreferences preferences;

    public Optional<WindowPlacement> windowPlacement() {
        return preferences.windowPlacement();
    }

    private final ObservableList<Persona> personas;

    public ObservableList<Persona> personas() {
        return personas;
    }

    private final ReadOnlyObjectWrapper<Persona> selectedPersona = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Persona> selectedPersonaProperty() {
        return selectedPersona.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ShellPage> page = new ReadOnlyObjectWrapper<>(ShellPage.WORKSPACE);

    public ReadOnlyObjectProperty<ShellPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<ConsoleSession> session = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<ConsoleSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper switchProgress = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty switchProgressProperty() {
        return switchProgress.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** What to tell the user about switching: the problem if there is one, else the switch under way, else "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows the persona's workspace; a persona without a workspace is ignored (its shortcut does nothing). */
    public void select(Persona persona) {
        if (personas.contains(persona)) {
            selectedPersona.set(persona);
            page.set(ShellPage.WORKSPACE);
            preferences.saveLastPersona(persona);
        }
    }

    public void showPage(ShellPage shown) {
        page.set(shown);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
        preferences.saveTheme(theme.get());
    }

    public void saveWindowPlacement(WindowPlacement placement) {
        preferences.saveWindowPlacement(placement);
    }

    /** Connects to {@code target} and moves the workspaces there; the current one stays if that fails. */
    public void switchTo(PlatformTarget target) {
        if (switching.get() || target == null || target.equals(session.get().target())) {
            return;
        }
        switching.set(true);
        problem.set("");
        switchProgress.set("Connecting to " + target.title() + " …");
        tasks.execute(BackgroundTask.of(() -> sessions.open(target))
                .onSuccess(this::adopt)
                .onFailure(failure -> problem.set("Could not connect to " + target.title() + ": "
                        + FailureMessages.plain(failure, "connecting") + " The console stays on "
                        + session.get().target().title() + "."))
                .onFinished(() -> {
                    switching.set(false);
                    switchProgress.set("");
                }));
    }

    private void adopt(SessionFactory.Opened opened) {
        PlatformTarget target = opened.target();
        ConsoleSession next;
        try {
            next = opened.session();
        } catch (RuntimeException e) {
            closeInBackground(opened::close);
            problem.set("Connected to " + target.title() + ", but its workspaces could not be opened: "
                    + FailureMessages.plain(e, "opening the workspaces"));
            return;
        }
        ConsoleSession previous = session.get();
        session.set(next);
        previous.workspaces().closeAll();
        closeInBackground(previous::closePlatform);
        try {
            profiles.rememberChoice(target);
        } catch (PlatformException e) {
            problem.set("Connected to " + target.title() + ", but the choice could not be remembered for the next"
                    + " start: " + e.getMessage());
        }
    }

    private void closeInBackground(Runnable closePlatform) {
        tasks.execute(BackgroundTask.run(closePlatform)
                .onFailure(failure -> LOG.warn("A platform failed to close", failure)));
    }

    /** Says something went wrong outside a switch (such as a remembered platform that could not be reached). */
    public void reportProblem(String message) {
        problem.set(message);
    }

    public void dismissProblem() {
        problem.set("");
    }
}

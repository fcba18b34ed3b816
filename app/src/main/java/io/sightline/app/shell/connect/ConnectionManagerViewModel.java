package io.sightline.app.shell.connect;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection manager's state: the platforms (this computer first, then the saved remotes), the form for
 * adding or editing a remote, and the outcome of saving or testing it. A saved token is never given back to
 * the form: editing a profile keeps it hidden until the user chooses to replace it. Whatever the user typed
 * stays in the form when saving or testing fails.
 */
public final class ConnectionManagerViewModel {
    private final PlatformProfiles store;
    private final PlatformConnector connector;
    private final TaskExecutor tasks;
    private final LongSupplier nanoClock;
    private final Supplier<PlatformTarget> connected;

    /** {@code connected} tells which platform the console is on now, so that it is not removed under it. */
    public ConnectionManagerViewModel(PlatformProfiles store, PlatformConnector connector, TaskExecutor tasks,
                                      LongSupplier nanoClock, Supplier<PlatformTarget> connected) {
        this.store = store;
        this.connector = connector;
        this.tasks = tasks;
        this.nanoClock = nanoClock;
        this.connected = connected;
        reloadTargets();
        select(EmbeddedEngine.INSTANCE);
    }

    private final ObservableList<PlatformTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<PlatformTarget> readOnlyTargets = FXCollections.unmodifiableObservableList(targets);

    public ObservableList<PlatformTarget> targets() {
        return readOnlyTargets;
    }

    private final ReadOnlyObjectWrapper<PlatformTarget> selected = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<PlatformTarget> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<RemoteProfile> editing = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<RemoteProfile> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper tokenKept = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty tokenKeptProperty() {
        return tokenKept.getReadOnlyProperty();
    }

    private final StringProperty name = new SimpleStringProperty("");

    public StringProperty nameProperty() {
        return name;
    }

    private final StringProperty url = new SimpleStringProperty("");

    public StringProperty urlProperty() {
        return url;
    }

    private final StringProperty token = new SimpleStringProperty("");

    public StringProperty tokenProperty() {
        return token;
    }

    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper formFailed = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty formFailedProperty() {
        return formFailed.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper testPassed = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty testPassedProperty() {
        return testPassed.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Shows {@code target}: a remote fills the form for editing, with its token kept hidden. */
    public void select(PlatformTarget target) {
        selected.set(target);
        clearMessages();
        if (target instanceof RemoteProfile profile) {
            editing.set(profile);
            name.set(profile.name());
            url.set(profile.url().toString());
            token.set("");
            tokenKept.set(true);
        } else {
            fillEmptyForm();
        }
    }

    /** An empty form for a new remote platform. */
    public void newProfile() {
        selected.set(null);
        clearMessages();
        fillEmptyForm();
    }

    /** Lets the user type a new token for the profile being edited; the saved one stays until saving. */
    public void replaceToken() {
        tokenKept.set(false);
        token.set("");
    }

    /** Saves the form as a new profile or over the one being edited; false (and a message) when it cannot. */
    public boolean save() {
        clearMessages();
        RemoteProfile previous = editing.get();
        ProfileForm form = form();
        Optional<String> problem = form.problem(othersThan(previous), tokenKept.get());
        if (problem.isPresent()) {
            fail(problem.get());
            return false;
        }
        RemoteProfile saved = form.toProfile(previous == null ? "" : previous.token());
        List<RemoteProfile> updated = new ArrayList<>(store.remotes());
        int index = previous == null ? -1 : indexOf(updated, previous.name());
        if (index < 0) {
            updated.add(saved);
        } else {
            updated.set(index, saved);
        }
        try {
            store.saveRemotes(updated);
            if (previous != null && store.lastChoice().filter(previous.key()::equals).isPresent()) {
                store.rememberChoice(saved); // a renamed profile is still the one to open next time
            }
        } catch (PlatformException e) {
            fail(e.getMessage());
            return false;
        }
        reloadTargets();
        select(saved);
        formMessage.set(previous == null ? "Saved \"" + saved.name() + "\"." : "Saved the changes to \""
                + saved.name() + "\"." + (isConnected(previous) ? " They apply the next time the console"
                + " connects to it." : ""));
        return true;
    }

    /** Removes a saved profile, unless the console is connected to it right now. */
    public void remove(RemoteProfile profile) {
        clearMessages();
        if (isConnected(profile)) {
            fail("The console is connected to \"" + profile.name() + "\". Connect to another platform first,"
                    + " then remove this one.");
            return;
        }
        List<RemoteProfile> remaining = new ArrayList<>(store.remotes());
        remaining.removeIf(p -> p.name().equals(profile.name()));
        try {
            store.saveRemotes(remaining);
        } catch (PlatformException e) {
            fail(e.getMessage());
            return;
        }
        reloadTargets();
        select(EmbeddedEngine.INSTANCE);
        formMessage.set("Removed \"" + profile.name() + "\".");
    }

    /** Tries the platform the form describes, off the FX thread: its round trip and version, or why not. */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        RemoteProfile previous = editing.get();
        ProfileForm form = form();
        Optional<String> problem = form.problem(othersThan(previous), tokenKept.get());
        if (problem.isPresent()) {
            testPassed.set(false);
            testMessage.set(problem.get());
            return;
        }
        RemoteProfile profile = form.toProfile(previous == null ? "" : previous.token());
        testing.set(true);
        testPassed.set(false);
        testMessage.set("Trying " + profile.url() + " …");
        tasks.execute(BackgroundTask.of(() -> probe(profile))
                .onSuccess(result -> {
                    testPassed.set(true);
                    testMessage.set(result);
                })
                .onFailure(failure -> {
                    testPassed.set(false);
                    testMessage.set("Could not connect to " + profile.url() + ": "
                            + FailureMessages.plain(failure, "connecting"));
                })
                .onFinished(() -> testing.set(false)));
    }

    private String probe(RemoteProfile profile) {
        return connector.askOnce(profile, status -> {
            long start = nanoClock.getAsLong();
            PlatformInfo info = status.info();
            Duration roundTrip = Duration.ofNanos(nanoClock.getAsLong() - start);
            return "Connected: round trip " + Figures.roundTrip(roundTrip) + ", server version " + info.version() + ".";
        });
    }

    /** The target that {@code key} names, if it is still among the platforms. */
    public Optional<PlatformTarget> find(String key) {
        return targets.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Whether the console is on {@code profile} now, in whichever version it connected with. */
    private boolean isConnected(RemoteProfile profile) {
        return connected.get().key().equals(profile.key());
    }

    private ProfileForm form() {
        return new ProfileForm(name.get(), url.get(), token.get());
    }

    private List<RemoteProfile> othersThan(RemoteProfile previous) {
        return store.remotes().stream().filter(p -> previous == null || !p.name().equals(previous.name())).toList();
    }

    private static int indexOf(List<RemoteProfile> profiles, String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void reloadTargets() {
        List<PlatformTarget> all = new ArrayList<>();
        all.add(EmbeddedEngine.INSTANCE);
        all.addAll(store.remotes());
        targets.setAll(all);
    }

    private void fillEmptyForm() {
        editing.set(null);
        name.set("");
        url.set("");
        token.set("");
        tokenKept.set(false);
    }

    private void clearMessages() {
        formMessage.set("");
        formFailed.set(false);
        testMessage.set("");
        testPassed.set(false);
    }

    private void fail(String message) {
        formFailed.set(true);
        formMessage.set(message);
    }
}

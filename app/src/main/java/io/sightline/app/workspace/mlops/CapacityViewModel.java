package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Capacity planning for the chosen deployment: a load-test plan edited as a form (whatever the plan record
 * refuses is shown in its own words), Start as the user and Stop, the test shown followed live, and the
 * deployment's tests, newest first. The test shown is read again on every {@code CapacityTestChanged} event for
 * it (paced), and by {@link #poll()} while it runs, in case an event was lost. Everything here runs on the UI
 * thread but {@link #onEvent}.
 */
public final class CapacityViewModel {
    /** The test shown is read at most this often, however many events arrive. */
    static final long MIN_RELOAD_INTERVAL_MILLIS = 250;

    /** What one reload read: the test shown (null when none) and the deployment's tests (null when not read). */
    private record Loaded(CapacityTest shown, List<CapacityTest> tests) {
    }

    private final Capacity capacity;
    private final PlatformStatus status;
    private final TaskExecutor tasks;
    private final String user;
    private final ReloadPacer reloads;
    private final AtomicBoolean listStale = new AtomicBoolean();
    private volatile String deployment;
    private volatile String shownId;
    private boolean engineRead;

    public <P extends Capacity & PlatformStatus> CapacityViewModel(P platform, TaskExecutor tasks, UiTiming timing,
            String user) {
        this.capacity = Objects.requireNonNull(platform);
        this.status = platform;
        this.tasks = Objects.requireNonNull(tasks);
        this.user = Objects.requireNonNull(user);
        this.reloads = new ReloadPacer(this::reload, timing.scheduler(), timing.clockMillis(),
                MIN_RELOAD_INTERVAL_MILLIS);
        InvalidationListener rebuild = obs -> rebuild();
        for (Observable field : List.of(startRate, endRate, steps, stepSeconds, percentile, sloMillis, maxErrorRate,
                concurrency)) {
            field.addListener(rebuild);
        }
        rebuild();
    }

    // ---- the form, with defaults that a deployment on one machine takes in well under a minute

    private final StringProperty startRate = new SimpleStringProperty(this, "startRate", "10");
    private final StringProperty endRate = new SimpleStringProperty(this, "endRate", "200");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "8");
    private final StringProperty stepSeconds = new SimpleStringProperty(this, "stepSeconds", "5");
    private final ObjectProperty<LatencyPercentile> percentile =
            new SimpleObjectProperty<>(this, "percentile", LatencyPercentile.P95);
    private final StringProperty sloMillis = new SimpleStringProperty(this, "sloMillis", "50");
    private final StringProperty maxErrorRate = new SimpleStringProperty(this, "maxErrorRate", "0.01");
    private final StringProperty concurrency = new SimpleStringProperty(this, "concurrency", "16");

    /** The first rate offered, requests per second. */
    public StringProperty startRateProperty() {
        return startRate;
    }

    /** The last rate offered, requests per second. */
    public StringProperty endRateProperty() {
        return endRate;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty stepSecondsProperty() {
        return stepSeconds;
    }

    public ObjectProperty<LatencyPercentile> percentileProperty() {
        return percentile;
    }

    public StringProperty sloMillisProperty() {
        return sloMillis;
    }

    /** The most errors a step may have, as a share of its requests: "0.01". */
    public StringProperty maxErrorRateProperty() {
        return maxErrorRate;
    }

    public StringProperty concurrencyProperty() {
        return concurrency;
    }

    private final ReadOnlyObjectWrapper<CapacityPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");

    /** The plan the form describes; null while the form says something the plan refuses. */
    public ReadOnlyObjectProperty<CapacityPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Why the form is no plan, in the plan's own words; empty when it is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- the test shown and the deployment's tests

    private final ReadOnlyObjectWrapper<CapacityTest> test = new ReadOnlyObjectWrapper<>(this, "test");

    /** The test shown: the one started here or chosen in the list; null for none. */
    public ReadOnlyObjectProperty<CapacityTest> testProperty() {
        return test.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper knee = new ReadOnlyStringWrapper(this, "knee", "");

    /** Where the test shown kept and broke its objective, in a sentence; empty before its first step. */
    public ReadOnlyStringProperty kneeProperty() {
        return knee.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper testStatus = new ReadOnlyStringWrapper(this, "testStatus", "");

    /** Where the test shown is: running with the steps measured, or how it ended. */
    public ReadOnlyStringProperty testStatusProperty() {
        return testStatus.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** True while the test shown is offering load. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private final ObservableList<CapacityRow> tests = FXCollections.observableArrayList();

    /** The deployment's tests, running and saved, newest first. */
    public ObservableList<CapacityRow> tests() {
        return FXCollections.unmodifiableObservableList(tests);
    }

    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper(this, "engine",
            "this computer when the console runs its own engine, the connected server when it is connected to one");

    private final ReadOnlyObjectWrapper<String> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    private final ReadOnlyStringWrapper load = new ReadOnlyStringWrapper(this, "load", "");

    /** What Start does to the deployment, and which engine sends the load. */
    public ReadOnlyStringProperty loadProperty() {
        return load.getReadOnlyProperty();
    }

    {
        load.bind(Bindings.createStringBinding(() -> CapacityWording.load(chosen.get(), plan.get(), engine.get()),
                chosen, plan, engine));
    }

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final BooleanBinding canStart = Bindings.createBooleanBinding(() -> plan.get() != null
            && chosen.get() != null && !working.get() && !running.get(), plan, chosen, working, running);

    /** True when the form is a plan, a deployment is chosen, and no test shown is running. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }

    private final BooleanBinding canStop = running.and(working.not());

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the last call to the platform failed; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // ---- following the platform

    /** Shows the tests of {@code deploymentName}, none of them chosen yet; null shows none. */
    public void show(String deploymentName) {
        if (Objects.equals(deploymentName, deployment)) {
            return;
        }
        deployment = deploymentName;
        chosen.set(deploymentName);
        tests.clear();
        showTest(null);
        error.set("");
        readEngine();
        refresh();
    }

    /** Reads the deployment's tests again (the workspace came back on screen). */
    public void refresh() {
        if (deployment != null) {
            listStale.set(true);
            reloads.request();
        }
    }

    /** Called on the platform's delivery thread: hands on, never touches properties. */
    public void onEvent(PlatformEvent.CapacityTestChanged changed) {
        boolean shown = changed.testId().equals(shownId);
        boolean ours = changed.deployment().equals(deployment);
        if (ours && !shown) {
            listStale.set(true); // another test of this deployment: a new one, or one not shown
        }
        if (shown || ours) {
            reloads.request();
        }
    }

    /** The safety net for lost events: while the test shown runs, reads it again. Call it every few seconds. */
    public void poll() {
        if (running.get()) {
            reloads.request();
        }
    }

    // ---- commands

    /** Starts the plan on the chosen deployment as the user; nothing when the form is no plan. */
    public void start() {
        CapacityPlan ready = plan.get();
        String name = deployment;
        if (!canStart.get()) {
            return;
        }
        act(() -> capacity.startCapacityTest(name, ready, user), "starting the load test on " + name);
    }

    /** Stops the test shown within about a second; the steps it measured are kept. */
    public void stop() {
        CapacityTest shown = test.get();
        if (!canStop.get()) {
            return;
        }
        act(() -> capacity.stopCapacityTest(shown.id()), "stopping the load test");
    }

    /** Shows a test of the list. */
    public void choose(CapacityRow row) {
        if (row != null && !row.id().equals(shownId)) {
            showTest(row.test());
            reloads.request();
        }
    }

    private void act(java.util.concurrent.Callable<CapacityTest> call, String what) {
        String name = deployment;
        working.set(true);
        error.set("");
        tasks.execute(BackgroundTask.of(call)
                .onSuccess(done -> {
                    if (name.equals(deployment)) {
                        showTest(done);
                        list(done);
                        reloads.request(); // steps measured before this answer arrived
                    }
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> working.set(false)));
    }

    private void reload(Runnable whenDone) {
        String name = deployment;
        String id = shownId;
        boolean listToo = listStale.getAndSet(false) && name != null;
        tasks.execute(BackgroundTask.of(() -> new Loaded(id == null ? null : capacity.capacityTest(id),
                        listToo ? capacity.capacityTests(name) : null))
                .onSuccess(loaded -> {
                    if (Objects.equals(name, deployment)) {
                        apply(loaded);
                    }
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the load tests of " + name)))
                .onFinished(whenDone));
    }

    private void apply(Loaded loaded) {
        error.set("");
        if (loaded.tests() != null) {
            tests.setAll(loaded.tests().stream().map(CapacityRow::new).toList());
            tests.stream().filter(row -> row.id().equals(shownId)).findFirst()
                    .ifPresent(row -> showTest(row.test()));
        }
        if (loaded.shown() != null && loaded.shown().id().equals(shownId)) {
            showTest(loaded.shown());
            list(loaded.shown());
        }
    }

    /** Puts {@code latest} in the list in place of its older self, or first when it is new. */
    private void list(CapacityTest latest) {
        CapacityRow row = new CapacityRow(latest);
        for (int i = 0; i < tests.size(); i++) {
            if (tests.get(i).id().equals(latest.id())) {
                tests.set(i, row);
                return;
            }
        }
        tests.add(0, row);
    }

    private void showTest(CapacityTest shown) {
        shownId = shown == null ? null : shown.id();
        test.set(shown);
        running.set(shown != null && shown.state() == CapacityTestState.RUNNING);
        knee.set(shown == null ? "" : CapacityWording.knee(shown));
        testStatus.set(shown == null ? "" : CapacityWording.status(shown));
    }

    private void rebuild() {
        try {
            plan.set(new CapacityPlan(
                    FormNumbers.whole(startRate.get(), "the first rate"),
                    FormNumbers.whole(endRate.get(), "the last rate"),
                    FormNumbers.whole(steps.get(), "the number of steps"),
                    Duration.ofSeconds(FormNumbers.whole(stepSeconds.get(), "the seconds of each step")),
                    percentile.get(),
                    FormNumbers.decimal(sloMillis.get(), "the latency objective in ms"),
                    FormNumbers.decimal(maxErrorRate.get(), "the most errors"),
                    FormNumbers.whole(concurrency.get(), "the requests in flight")));
            problem.set("");
        } catch (PlatformException refused) {
            plan.set(null);
            problem.set(refused.getMessage());
        }
    }

    /** Which engine sends the load, read once: the status may be a network call. */
    private void readEngine() {
        if (engineRead) {
            return;
        }
        engineRead = true;
        tasks.execute(BackgroundTask.of(status::info)
                .onSuccess(info -> engine.set(where(info)))
                .onFailure(unknown -> engineRead = false)); // the general wording stays; try on the next deployment
    }

    private static String where(PlatformInfo info) {
        return "remote".equals(info.mode()) ? "the connected server, " + info.location() : "this computer";
    }
}

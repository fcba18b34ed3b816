package io.sightline.app.shell.health;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the status bar's health part and the System health page show: the engine's components and their
 * worst status, how long the last check took and how many recent checks failed, and this computer's
 * processor, memory and disk with a short history. Each {@link #refresh()} asks off the FX thread; a refresh
 * in flight is not doubled, and an answer from a platform the console has left is dropped.
 */
public final class SystemHealthViewModel {
    /** How often the shell refreshes, in seconds: the status bar's pace and the history's spacing. */
    public static final int REFRESH_SECONDS = 3;

    /** Points kept for the CPU and memory history: three minutes at one every {@link #REFRESH_SECONDS}. */
    public static final int HISTORY_LENGTH = 60;

    /** How many recent checks the failure count looks back over. */
    static final int FAILURE_WINDOW = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SystemHealthViewModel.class);

    private final TaskExecutor tasks;
    private final HostProbe host;
    private final LongSupplier nanoClock;
    private final Deque<Boolean> recentChecks = new ArrayDeque<>();
    private PlatformStatus platform;
    private boolean refreshing;
    private boolean hostProblemLogged;

    public SystemHealthViewModel(TaskExecutor tasks, HostProbe host, LongSupplier nanoClock) {
        this.tasks = tasks;
        this.host = host;
        this.nanoClock = nanoClock;
        forgetEngine();
    }

    private final ReadOnlyObjectWrapper<PlatformInfo> info = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<PlatformInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<HealthStatus> status = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<HealthStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final ObservableList<ComponentHealth> components = FXCollections.observableArrayList();
    private final ObservableList<ComponentHealth> readOnlyComponents =
            FXCollections.unmodifiableObservableList(components);

    public ObservableList<ComponentHealth> components() {
        return readOnlyComponents;
    }

    private final ReadOnlyObjectWrapper<Duration> roundTrip = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Duration> roundTripProperty() {
        return roundTrip.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper recentFailures = new ReadOnlyIntegerWrapper();

    public ReadOnlyIntegerProperty recentFailuresProperty() {
        return recentFailures.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper cpuText = new ReadOnlyStringWrapper("CPU " + Figures.NONE);

    public ReadOnlyStringProperty cpuTextProperty() {
        return cpuText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper("Memory " + Figures.NONE);

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper diskText = new ReadOnlyStringWrapper("Disk " + Figures.NONE);

    public ReadOnlyStringProperty diskTextProperty() {
        return diskText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper hostSummary = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty hostSummaryProperty() {
        return hostSummary.getReadOnlyProperty();
    }

    private final ObservableList<Double> cpuHistory = FXCollections.observableArrayList();
    private final ObservableList<Double> readOnlyCpuHistory = FXCollections.unmodifiableObservableList(cpuHistory);

    /** Recent processor load in percent, oldest first, at most {@link #HISTORY_LENGTH}. */
    public ObservableList<Double> cpuHistory() {
        return readOnlyCpuHistory;
    }

    private final ObservableList<Double> memoryHistory = FXCollections.observableArrayList();
    private final ObservableList<Double> readOnlyMemoryHistory =
            FXCollections.unmodifiableObservableList(memoryHistory);

    /** Recent memory use in percent, oldest first, at most {@link #HISTORY_LENGTH}. */
    public ObservableList<Double> memoryHistory() {
        return readOnlyMemoryHistory;
    }

    /** Watches {@code newPlatform} from now on; what was known of the previous one is forgotten. */
    public void attach(PlatformStatus newPlatform) {
        platform = newPlatform;
        forgetEngine();
        refresh();
    }

    /** Stops watching: later refreshes (a timer tick during shutdown) do nothing. */
    public void close() {
        platform = null;
    }

    public void refresh() {
        if (refreshing || platform == null) {
            return;
        }
        refreshing = true;
        PlatformStatus asked = platform;
        tasks.execute(BackgroundTask.of(() -> new Check(asked, check(asked), sampleHost()))
                .onSuccess(this::show)
                .onFinished(() -> {
                    refreshing = false;
                    if (asked != platform) {
                        refresh(); // the answer was for the platform the console just left
                    }
                }));
    }

    private EngineCheck check(PlatformStatus asked) {
        try {
            PlatformInfo who = asked.info();
            long start = nanoClock.getAsLong();
            Health health = asked.health();
            return EngineCheck.answered(who, health, Duration.ofNanos(nanoClock.getAsLong() - start));
        } catch (RuntimeException e) {
            return EngineCheck.failed(e);
        }
    }

    private Optional<HostSample> sampleHost() {
        try {
            return Optional.of(host.sample());
        } catch (RuntimeException | LinkageError e) {
            if (!hostProblemLogged) {
                hostProblemLogged = true;
                LOG.warn("Could not measure this computer", e);
            }
            return Optional.empty();
        }
    }

    private void show(Check check) {
        if (check.platform() != platform) {
            return;
        }
        EngineCheck engine = check.engine();
        if (engine.ok()) {
            info.set(engine.info());
            status.set(engine.health().status());
            summary.set(describe(engine.health()));
            components.setAll(engine.health().components());
            roundTrip.set(engine.roundTrip());
        } else {
            status.set(HealthStatus.RED);
            summary.set("Not answering: " + FailureMessages.plain(engine.failure()));
            components.clear(); // last time's components would pass for current ones
        }
        countCheck(engine.ok());
        check.host().ifPresentOrElse(this::showHost, () -> hostSummary.set("This computer could not be measured"));
    }

    private void countCheck(boolean ok) {
        recentChecks.addLast(ok);
        while (recentChecks.size() > FAILURE_WINDOW) {
            recentChecks.removeFirst();
        }
        recentFailures.set((int) recentChecks.stream().filter(passed -> !passed).count());
    }

    private void showHost(HostSample sample) {
        cpuText.set("CPU " + wholePercent(sample.cpuLoad()));
        memoryText.set("Memory " + Figures.size(sample.memoryUsed()) + " of " + Figures.size(sample.memoryTotal())
                + " (" + wholePercent(sample.memoryUsedFraction()) + ")");
        diskText.set("Disk " + Figures.size(sample.diskUsed()) + " of " + Figures.size(sample.diskTotal())
                + " used (" + wholePercent(sample.diskUsedFraction()) + ")");
        hostSummary.set("CPU " + wholePercent(sample.cpuLoad()) + " · memory "
                + wholePercent(sample.memoryUsedFraction()) + " · disk " + wholePercent(sample.diskUsedFraction()));
        append(cpuHistory, sample.cpuLoad());
        append(memoryHistory, sample.memoryUsedFraction());
    }

    private static void append(ObservableList<Double> history, double fraction) {
        if (Double.isNaN(fraction)) {
            return; // a gap in knowledge stays a gap, not a zero
        }
        if (history.size() >= HISTORY_LENGTH) {
            history.remove(0, history.size() - HISTORY_LENGTH + 1);
        }
        history.add(fraction * 100);
    }

    private void forgetEngine() {
        info.set(null);
        status.set(null);
        summary.set("Checking the engine…");
        components.clear();
        roundTrip.set(null);
        recentChecks.clear();
        recentFailures.set(0);
    }

    /** "Healthy", or the status followed by what the unhealthy components say. */
    static String describe(Health health) {
        if (health.status() == HealthStatus.GREEN) {
            return "Healthy";
        }
        String problems = health.components().stream()
                .filter(c -> c.status() != HealthStatus.GREEN)
                .map(SystemHealthViewModel::describe)
                .collect(Collectors.joining("; "));
        String headline = health.status() == HealthStatus.YELLOW ? "Degraded" : "Unhealthy";
        return problems.isEmpty() ? headline : headline + ": " + problems;
    }

    private static String describe(ComponentHealth component) {
        return component.detail() == null || component.detail().isBlank()
                ? component.component() : component.component() + " — " + component.detail();
    }

    /** The word a person reads next to a component's dot. */
    public static String word(HealthStatus status) {
        return switch (status) {
            case GREEN -> "OK";
            case YELLOW -> "Needs attention";
            case RED -> "Failing";
        };
    }

    private static String wholePercent(double fraction) {
        return Double.isNaN(fraction) ? Figures.NONE : String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    private record Check(PlatformStatus platform, EngineCheck engine, Optional<HostSample> host) {
    }
}

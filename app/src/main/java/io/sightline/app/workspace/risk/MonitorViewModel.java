package io.sightline.app.workspace.risk;

import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The live transaction monitor of the chosen deployment. A poller thread calls {@link #poll()}: it reads the
 * platform's traffic and performance reports of the chosen window, builds a whole snapshot with its figures,
 * and leaves it as the latest result; the UI thread applies only the latest one, at most every
 * {@value #MIN_APPLY_INTERVAL_MILLIS} ms however fast results come (a {@link ReloadPacer} decides when).
 * Results for a deployment or window no longer chosen are dropped. Until the user chooses a window, the window
 * fits the data there is — the shortest period that holds the deployment's traffic, up to an hour — so that a
 * deployment live for two minutes is not a thin line at the edge of an hour; it grows as the traffic ages.
 */
public final class MonitorViewModel {
    /** Snapshots reach the screen at most this often (10 per second). */
    public static final long MIN_APPLY_INTERVAL_MILLIS = 100;

    /** The longest window chosen to fit the data; the user may choose longer ones. */
    static final RecentPeriod LONGEST_FITTED = RecentPeriod.ONE_HOUR;

    /** What one poll brings: a snapshot and its figures, or why there is none. */
    record Polled(String deployment, RecentPeriod window, MonitorSnapshot snapshot, MonitorFigures figures,
                  String error) {
    }

    private final Monitoring monitoring;
    private final AtomicReference<Polled> latest = new AtomicReference<>();
    private final ReloadPacer applier;
    // Written on the UI thread, read by the poller.
    private volatile String deployment;
    private volatile RecentPeriod chosenWindow = LONGEST_FITTED;
    private volatile boolean windowFitsData = true;
    private boolean fitting;

    /** {@code scheduler} starts the applying of snapshots on the UI thread. */
    public MonitorViewModel(Monitoring monitoring, ReloadPacer.Scheduler scheduler, LongSupplier clockMillis) {
        this.monitoring = Objects.requireNonNull(monitoring);
        this.applier = new ReloadPacer(this::applyLatest, scheduler, clockMillis, MIN_APPLY_INTERVAL_MILLIS);
        window.addListener((obs, old, now) -> {
            chosenWindow = Objects.requireNonNull(now);
            if (!fitting) {
                windowFitsData = false;
                clear();
            }
        });
    }

    private final ObjectProperty<RecentPeriod> window = new SimpleObjectProperty<>(this, "window", LONGEST_FITTED);

    /** The window of the figures; choosing one here keeps it, where it otherwise follows the data. */
    public ObjectProperty<RecentPeriod> windowProperty() {
        return window;
    }

    private final ReadOnlyObjectWrapper<MonitorSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");

    /** The latest snapshot applied; null until the first one arrives for the chosen deployment and window. */
    public ReadOnlyObjectProperty<MonitorSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<MonitorFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public ReadOnlyObjectProperty<MonitorFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the last poll failed; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting", true);

    /** True until the first poll for the chosen deployment and window has come back. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** Follows {@code deploymentName} from the next poll on; null follows nothing. */
    public void show(String deploymentName) {
        if (Objects.equals(deploymentName, deployment)) {
            return;
        }
        deployment = deploymentName;
        if (windowFitsData) {
            fitWindow(LONGEST_FITTED); // the next poll looks as far back as it may, then narrows
        }
        clear();
    }

    private void clear() {
        snapshot.set(null);
        figures.set(null);
        error.set("");
        waiting.set(true);
    }

    /** Called on the poller's thread: reads the platform and offers the result; never touches properties. */
    public void poll() {
        String name = deployment;
        RecentPeriod span = chosenWindow;
        if (name == null) {
            return;
        }
        try {
            TrafficReport traffic = monitoring.traffic(name, span.duration());
            RecentPeriod fitted = windowFitsData ? fitted(traffic, span) : span;
            if (fitted != span) {
                span = fitted;
                traffic = monitoring.traffic(name, span.duration());
            }
            PerformanceReport performance = monitoring.performance(name, span.duration());
            MonitorSnapshot taken = MonitorSnapshots.of(traffic, performance, span);
            offer(new Polled(name, span, taken, MonitorFigures.of(taken), ""));
        } catch (RuntimeException failure) {
            offer(new Polled(name, span, null, null, FailureMessages.plain(failure, "reading the traffic of " + name)));
        }
    }

    /**
     * The shortest period that holds the report's traffic: longer than {@code span} when the traffic reaches
     * back to its start, shorter when it is all recent; the shortest when there is none yet.
     */
    static RecentPeriod fitted(TrafficReport traffic, RecentPeriod span) {
        Instant oldest = traffic.buckets().stream().filter(b -> b.predictions() > 0).map(TrafficBucket::start)
                .min(Comparator.naturalOrder()).orElse(traffic.to());
        if (oldest.isBefore(traffic.from().plus(traffic.resolution()))) {
            return RecentPeriod.covering(span.duration().plusMillis(1), LONGEST_FITTED);
        }
        return RecentPeriod.covering(Duration.between(oldest, traffic.to()), LONGEST_FITTED);
    }

    private void fitWindow(RecentPeriod period) {
        fitting = true;
        try {
            window.set(period);
        } finally {
            fitting = false;
        }
    }

    private void offer(Polled polled) {
        latest.set(polled);
        applier.request();
    }

    private void applyLatest(Runnable whenDone) {
        try {
            Polled polled = latest.getAndSet(null);
            if (polled != null) {
                apply(polled);
            }
        } finally {
            whenDone.run();
        }
    }

    private void apply(Polled polled) {
        if (!polled.deployment().equals(deployment)) {
            return;
        }
        if (polled.window() != chosenWindow) {
            if (!windowFitsData) {
                return;
            }
            fitWindow(polled.window());
        }
        waiting.set(false);
        error.set(polled.error());
        if (polled.snapshot() != null) {
            figures.set(polled.figures());
            snapshot.set(polled.snapshot());
        }
    }
}

package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.ChartFrame;
import io.sightline.app.controls.Curve;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.ReloadPacer;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.ShareSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen deployment's release, live. A poller thread calls {@link #poll()}, which reads the release report
 * of the last {@link #REPORT_WINDOW} and leaves it as the latest result; the UI thread applies only the latest,
 * at most every {@value #MIN_APPLY_INTERVAL_MILLIS} ms (a {@link ReloadPacer} decides when). Each report applied
 * adds one point per arm to bounded tracks, from which the live charts are drawn: a point is the arm's figures
 * over the report's window at the moment it was read. Results for a deployment no longer chosen are dropped.
 */
public final class ReleaseViewModel {
    /** The window of every report: each chart point is the arm's figures over this much time. */
    static final Duration REPORT_WINDOW = Duration.ofMinutes(5);
    /** How far back the charts reach. */
    static final Duration CHART_SPAN = Duration.ofMinutes(5);
    /** The most points an arm keeps: a poll every two seconds over the chart's span. */
    static final int MAX_POINTS = 150;
    static final long MIN_APPLY_INTERVAL_MILLIS = 250;

    private record Polled(String deployment, Instant at, ReleaseReport report, String error) {
    }

    private final Releases releases;
    private final UiTiming timing;
    private final AtomicReference<Polled> latest = new AtomicReference<>();
    private final ReloadPacer applier;
    private final Map<String, ArmTrack> tracks = new LinkedHashMap<>();
    private volatile String deployment;

    public ReleaseViewModel(Releases releases, UiTiming timing) {
        this.releases = Objects.requireNonNull(releases);
        this.timing = Objects.requireNonNull(timing);
        this.applier = new ReloadPacer(this::applyLatest, timing.scheduler(), timing.clockMillis(),
                MIN_APPLY_INTERVAL_MILLIS);
    }

    private final ReadOnlyObjectWrapper<ReleaseReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    /** The latest report applied; null until the first one for the chosen deployment arrives. */
    public ReadOnlyObjectProperty<ReleaseReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    private final ObservableList<ArmReport> arms = FXCollections.observableArrayList();
    private final ObservableList<ArmReport> armsReadOnly = FXCollections.unmodifiableObservableList(arms);

    /** Each arm's figures over the report's window, as the latest report gave them. */
    public ObservableList<ArmReport> arms() {
        return armsReadOnly;
    }

    private final ReadOnlyObjectWrapper<ReleaseCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts");

    public ReadOnlyObjectProperty<ReleaseCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<AbTestPanel> abTest = new ReadOnlyObjectWrapper<>(this, "abTest");

    /** The A/B test's verdict panel; null unless the deployment runs an A/B test. */
    public ReadOnlyObjectProperty<AbTestPanel> abTestProperty() {
        return abTest.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper canary = new ReadOnlyStringWrapper(this, "canary", "");
    private final ReadOnlyStringWrapper canaryWords = new ReadOnlyStringWrapper(this, "canaryWords", "");

    /** Where the canary stands (step, share, guard); empty unless the deployment runs a canary. */
    public ReadOnlyStringProperty canaryProperty() {
        return canary.getReadOnlyProperty();
    }

    /** What happens next with the canary, in the engine's words. */
    public ReadOnlyStringProperty canaryWordsProperty() {
        return canaryWords.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the last poll failed; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Follows {@code deploymentName} from the next poll on, with empty charts; null follows nothing. */
    public void show(String deploymentName) {
        if (Objects.equals(deploymentName, deployment)) {
            return;
        }
        deployment = deploymentName;
        tracks.clear();
        arms.clear();
        report.set(null);
        charts.set(null);
        abTest.set(null);
        canary.set("");
        canaryWords.set("");
        error.set("");
    }

    /** Called on the poller's thread: reads the platform and offers the result; never touches properties. */
    public void poll() {
        String name = deployment;
        if (name == null) {
            return;
        }
        Instant at = timing.clock().instant();
        try {
            latest.set(new Polled(name, at, releases.release(name, REPORT_WINDOW), ""));
        } catch (RuntimeException failure) {
            latest.set(new Polled(name, at, null, FailureMessages.plain(failure, "reading the release of " + name)));
        }
        applier.request();
    }

    private void applyLatest(Runnable whenDone) {
        try {
            Polled polled = latest.getAndSet(null);
            if (polled != null && polled.deployment().equals(deployment)) {
                apply(polled);
            }
        } finally {
            whenDone.run();
        }
    }

    private void apply(Polled polled) {
        error.set(polled.error());
        ReleaseReport taken = polled.report();
        if (taken == null) {
            return;
        }
        for (ArmReport arm : taken.arms()) {
            tracks.computeIfAbsent(arm.arm(), name -> new ArmTrack(name, MAX_POINTS, CHART_SPAN))
                    .add(ArmTrack.Point.of(polled.at(), arm));
        }
        tracks.keySet().retainAll(taken.arms().stream().map(ArmReport::arm).toList());
        arms.setAll(taken.arms());
        report.set(taken);
        charts.set(charts(taken, polled.at()));
        AbTestVerdict verdict = taken.abTest();
        abTest.set(verdict == null || taken.policy().abTest() == null ? null
                : AbTestPanel.of(verdict, taken.policy().abTest().confidence()));
        canary.set(taken.canary() == null ? "" : ReleaseWording.canary(taken.canary()));
        canaryWords.set(taken.canary() == null || taken.canary().words() == null ? "" : taken.canary().words());
    }

    /** The charts reach back to when the policy began, from one minute to {@link #CHART_SPAN}: a new policy fills them. */
    private ReleaseCharts charts(ReleaseReport taken, Instant now) {
        double sincePolicy = taken.policySince() == null ? Double.MAX_VALUE
                : Duration.between(taken.policySince(), now).toMillis() / 60_000.0;
        double span = Math.max(1, Math.min(CHART_SPAN.toMinutes(), Math.ceil(sincePolicy)));
        double latencyTop = ChartFrame.of(curves(now, ArmTrack.Point::p95Millis), span).yMax();
        return new ReleaseCharts(
                new ChartFrame(curves(now, ArmTrack.Point::observedShare), span, 1),
                new ChartFrame(curves(now, ArmTrack.Point::p95Millis), span, latencyTop),
                new ChartFrame(curves(now, ArmTrack.Point::errorRate), span, 1),
                new ChartFrame(curves(now, ArmTrack.Point::successRate), span, 1),
                taken.policy().kind() == PolicyKind.BANDIT ? new ChartFrame(shares(taken.shares(), now), span, 1) : null);
    }

    private List<Curve> curves(Instant now, ToDoubleFunction<ArmTrack.Point> value) {
        return tracks.values().stream().map(track -> track.curve(track.arm(), now, value)).toList();
    }

    /** The bandit's shares over the chart's span, one curve per arm. */
    static List<Curve> shares(List<ShareSample> samples, Instant now) {
        Instant start = now.minus(CHART_SPAN);
        List<ShareSample> shown = samples.stream().filter(s -> !s.at().isBefore(start)).toList();
        TreeSet<String> names = new TreeSet<>();
        shown.forEach(s -> names.addAll(s.shares().keySet()));
        List<Curve> curves = new ArrayList<>();
        for (String name : names) {
            List<ShareSample> having = shown.stream().filter(s -> s.shares().containsKey(name)).toList();
            double[] xs = having.stream().mapToDouble(s -> -Duration.between(s.at(), now).toMillis() / 60_000.0).toArray();
            double[] ys = having.stream().mapToDouble(s -> s.shares().get(name)).toArray();
            curves.add(new Curve(name, xs, ys));
        }
        return curves;
    }

    /** How many points the chart of {@code arm} has; 0 for an arm not seen. */
    public int points(String arm) {
        ArmTrack track = tracks.get(arm);
        return track == null ? 0 : track.size();
    }
}

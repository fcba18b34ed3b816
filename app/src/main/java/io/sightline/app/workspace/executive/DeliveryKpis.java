package io.sightline.app.workspace.executive;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.RunInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery figures, from the deployments, their history and the training runs:
 * <ul>
 * <li>models in production = deployments live now; trend against the deployments live seven days ago (a
 * deployment's state then is that of its last change before then; one with no change recorded before then was
 * live if it already existed, as deployments start live);</li>
 * <li>deployments this week = changes to a live state (deploys and replacements) in the last seven days; trend
 * against the seven days before; sparkline day by day;</li>
 * <li>median time from training to production = the median, over model versions whose first deploy falls in
 * the last 30 days, of first deploy − end of the run that trained the version (versions without a recorded run
 * are left out); trend against the 30 days before.</li>
 * </ul>
 */
final class DeliveryKpis {
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration LEAD_WINDOW = Duration.ofDays(30);

    private DeliveryKpis() {
    }

    static List<Kpi> of(KpiInputs in) {
        return List.of(modelsInProduction(in), deploymentsThisWeek(in), timeToProduction(in));
    }

    static Kpi modelsInProduction(KpiInputs in) {
        long live = in.deployments().stream().filter(d -> d.state() == DeploymentState.LIVE).count();
        String trend = in.historyProblem().isEmpty()
                ? Trends.count(live, liveAt(in.now().minus(WEEK), in.deployments(), in.history()), "7 days ago")
                : "No history to compare with: " + in.historyProblem();
        return Kpi.of(KpiKind.MODELS_IN_PRODUCTION, Figures.count(live), trend, List.of(), "now");
    }

    /** How many deployments were live at {@code at}, from their history. */
    static long liveAt(Instant at, List<Deployment> deployments, List<DeploymentChange> history) {
        Set<String> names = new LinkedHashSet<>();
        deployments.forEach(d -> names.add(d.name()));
        history.forEach(c -> names.add(c.deployment()));
        Map<String, Instant> created = new HashMap<>();
        deployments.forEach(d -> created.put(d.name(), d.createdAt()));
        long live = 0;
        for (String name : names) {
            DeploymentChange last = history.stream()
                    .filter(c -> c.deployment().equals(name) && !c.at().isAfter(at))
                    .max(Comparator.comparing(DeploymentChange::at)).orElse(null);
            boolean wasLive = last != null ? last.state() == DeploymentState.LIVE
                    : created.containsKey(name) && !created.get(name).isAfter(at);
            live += wasLive ? 1 : 0;
        }
        return live;
    }

    static Kpi deploymentsThisWeek(KpiInputs in) {
        if (!in.historyProblem().isEmpty()) {
            return Kpi.missing(KpiKind.DEPLOYMENTS_THIS_WEEK, "The deployment history is not available: "
                    + in.historyProblem(), "last 7 days");
        }
        Instant now = in.now();
        long thisWeek = deploysBetween(in.history(), now.minus(WEEK), now);
        long weekBefore = deploysBetween(in.history(), now.minus(WEEK.multipliedBy(2)), now.minus(WEEK));
        List<Double> byDay = new ArrayList<>();
        for (int day = 6; day >= 0; day--) {
            Instant end = now.minus(Duration.ofDays(day));
            byDay.add((double) deploysBetween(in.history(), end.minus(Duration.ofDays(1)), end));
        }
        return Kpi.of(KpiKind.DEPLOYMENTS_THIS_WEEK, Figures.count(thisWeek),
                Trends.count(thisWeek, weekBefore, "the 7 days before"), byDay, "last 7 days");
    }

    /** Deploys and replacements in {@code (from, to]}. */
    private static long deploysBetween(List<DeploymentChange> history, Instant from, Instant to) {
        return history.stream().filter(c -> c.state() == DeploymentState.LIVE && c.at().isAfter(from)
                && !c.at().isAfter(to)).count();
    }

    static Kpi timeToProduction(KpiInputs in) {
        String covers = "versions first deployed in the last 30 days";
        if (!in.historyProblem().isEmpty()) {
            return Kpi.missing(KpiKind.TIME_TO_PRODUCTION, "The deployment history is not available: "
                    + in.historyProblem(), covers);
        }
        Map<ModelRef, Instant> firstDeploy = firstDeploys(in.history());
        Map<ModelRef, Instant> trained = new HashMap<>();
        for (RunInfo run : in.runs()) {
            if (run.model() != null && run.finishedAt() != null) {
                trained.merge(run.model(), run.finishedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Instant now = in.now();
        Duration median = median(leadTimes(firstDeploy, trained, now.minus(LEAD_WINDOW), now));
        if (median == null) {
            return Kpi.missing(KpiKind.TIME_TO_PRODUCTION, "No model version with a recorded training run went live"
                    + " in the last 30 days.", covers);
        }
        Duration before = median(leadTimes(firstDeploy, trained, now.minus(LEAD_WINDOW.multipliedBy(2)),
                now.minus(LEAD_WINDOW)));
        String trend = before == null ? "No version went live in the 30 days before to compare with"
                : (median.compareTo(before) < 0 ? Trends.DOWN : median.equals(before) ? Trends.SAME : Trends.UP)
                        + Figures.duration(median.minus(before).abs().toMillis()) + " vs the 30 days before";
        return Kpi.of(KpiKind.TIME_TO_PRODUCTION, Figures.duration(median.toMillis()), trend, List.of(), covers);
    }

    /** The first time each model version went live, over the whole history read. */
    static Map<ModelRef, Instant> firstDeploys(List<DeploymentChange> history) {
        Map<ModelRef, Instant> first = new HashMap<>();
        for (DeploymentChange change : history) {
            if (change.state() == DeploymentState.LIVE) {
                first.merge(new ModelRef(change.model(), change.version()), change.at(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    private static List<Duration> leadTimes(Map<ModelRef, Instant> firstDeploy, Map<ModelRef, Instant> trained,
            Instant from, Instant to) {
        List<Duration> times = new ArrayList<>();
        firstDeploy.forEach((ref, deployed) -> {
            Instant finished = trained.get(ref);
            if (deployed.isAfter(from) && !deployed.isAfter(to) && finished != null && !finished.isAfter(deployed)) {
                times.add(Duration.between(finished, deployed));
            }
        });
        return times;
    }

    /** The median, or null for none; the mean of the two middle ones for an even count. */
    static Duration median(List<Duration> times) {
        if (times.isEmpty()) {
            return null;
        }
        List<Duration> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}

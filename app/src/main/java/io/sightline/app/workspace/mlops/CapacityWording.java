package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CapacityKnee;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import java.util.List;
import java.util.Locale;

/** How a load test reads in words: its knee, where it stands, what it may offer, the rate it sustained. */
final class CapacityWording {
    private CapacityWording() {
    }

    /** The objective as a reader says it: "p95 ≤ 50 ms". */
    static String objective(CapacityPlan plan) {
        return percentile(plan) + " ≤ " + Figures.significant(plan.sloMillis()) + " ms";
    }

    /** Where the objective broke, from the steps measured so far; empty before the first step. */
    static String knee(CapacityTest test) {
        List<CapacityPoint> points = test.points();
        if (points.isEmpty()) {
            return "";
        }
        CapacityPlan plan = test.plan();
        CapacityKnee knee = test.knee();
        if (knee.found() && knee.sustained() == null) {
            return "Broke the objective already at the first rate, " + rate(knee.broken().offeredPerSecond())
                    + " offered: " + figures(plan, knee.broken()) + ".";
        }
        if (knee.found()) {
            CapacityPoint kept = knee.sustained();
            return "Keeps " + objective(plan) + " up to " + rate(kept.achievedPerSecond()) + " requests/s ("
                    + percentile(plan) + " " + millis(plan.percentile().of(kept)) + "); breaks at "
                    + rate(knee.broken().offeredPerSecond()) + " offered: " + figures(plan, knee.broken()) + ".";
        }
        String highest = rate(points.get(points.size() - 1).offeredPerSecond());
        if (test.state() == CapacityTestState.RUNNING) {
            return "Keeps " + objective(plan) + " so far, at every rate up to " + highest + " requests/s.";
        }
        return "Kept the objective at every rate tried, up to " + highest + " requests/s: the knee is higher.";
    }

    /** The rate the test sustained within the objective, for a list of tests. */
    static String sustained(CapacityTest test) {
        if (test.points().isEmpty()) {
            return Figures.NONE;
        }
        CapacityKnee knee = test.knee();
        if (knee.sustained() == null) {
            return "none";
        }
        String rate = rate(knee.sustained().achievedPerSecond()) + " req/s";
        return knee.found() ? rate : "at least " + rate;
    }

    /** Where the test is: "running, step 3 of 8", or how it ended in the engine's words when it gave some. */
    static String status(CapacityTest test) {
        int steps = test.plan().steps();
        if (test.state() == CapacityTestState.RUNNING) {
            return "Running: " + test.points().size() + " of " + steps + " steps measured.";
        }
        if (test.message() != null && !test.message().isBlank()) {
            return test.message(); // the engine's own account of how it ended
        }
        String state = state(test.state());
        return state.substring(0, 1).toUpperCase(Locale.ROOT) + state.substring(1) + " after "
                + test.points().size() + " of " + steps + " steps.";
    }

    static String state(CapacityTestState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What pressing Start does: real requests to the deployment, within the plan's bounds, from the engine that
     * serves it ({@code where}: this computer or the connected server).
     */
    static String load(String deployment, CapacityPlan plan, String where) {
        String bounds = plan == null ? "the plan's bounds"
                : "the plan: at most " + rate(plan.endPerSecond()) + " requests/s, " + plan.concurrency()
                        + " in flight, for " + Figures.duration(plan.totalLength().toMillis());
        return "Start sends real traffic to " + (deployment == null ? "the deployment" : deployment)
                + ", as its callers would, bounded by " + bounds + ". The engine that serves it sends the load: "
                + where + ". Stop ends it within about a second; the steps measured are kept.";
    }

    private static String figures(CapacityPlan plan, CapacityPoint point) {
        return percentile(plan) + " " + millis(plan.percentile().of(point)) + ", " + Figures.percent(point.errorRate())
                + " errors";
    }

    private static String percentile(CapacityPlan plan) {
        return plan.percentile().name().toLowerCase(Locale.ROOT);
    }

    private static String millis(double value) {
        return Figures.significant(value) + " ms";
    }

    private static String rate(double perSecond) {
        return Figures.count(Math.round(perSecond));
    }
}

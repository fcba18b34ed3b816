package io.sightline.engine.serve.capacity;

import io.sightline.engine.api.CapacityKnee;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** How a load test ended, in the plain sentences kept as its message. */
final class Endings {
    private Endings() {
    }

    static String finished(CapacityPlan plan, RampRunner.Outcome outcome) {
        return "Finished all " + plan.steps() + " steps. " + knee(plan, outcome.points()) + trouble(outcome);
    }

    /** {@code why}: a sentence start such as "Stopped by request". */
    static String stopped(String why, CapacityPlan plan, RampRunner.Outcome outcome) {
        List<CapacityPoint> points = outcome.points();
        return why + ", after " + measured(plan, points.size()) + "."
                + (points.isEmpty() ? "" : " " + knee(plan, points)) + trouble(outcome);
    }

    static String failed(CapacityPlan plan, int measured, String cause) {
        return "Failed after " + measured(plan, measured) + ": " + cause;
    }

    static String leftBehind(CapacityPlan plan, int measured) {
        return "Stopped: the engine stopped during the test, after " + measured(plan, measured) + ".";
    }

    /** Where the objective broke among the steps measured, or that it held at every rate tried. */
    static String knee(CapacityPlan plan, List<CapacityPoint> points) {
        CapacityKnee knee = CapacityKnee.of(plan, points);
        String objective = plan.percentile().name().toLowerCase(Locale.ROOT) + " latency within "
                + plain(plan.sloMillis()) + " ms, at most " + plain(plan.maxErrorRate() * 100) + "% errors";
        if (knee.found()) {
            return "The objective (" + objective + ") broke at " + knee.broken().offeredPerSecond()
                    + " requests per second" + (knee.sustained() == null ? ", the first rate offered."
                    : "; " + knee.sustained().offeredPerSecond() + " per second kept it.");
        }
        return "Every rate kept the objective (" + objective + "): the knee is above "
                + points.getLast().offeredPerSecond() + " requests per second.";
    }

    private static String trouble(RampRunner.Outcome outcome) {
        String text = "";
        if (outcome.notSent() > 0) {
            text += " " + requests(outcome.notSent()) + " not sent: the deployment could not keep up.";
        }
        if (outcome.failed() > 0) {
            text += " " + requests(outcome.failed()) + " failed, the first with: " + outcome.firstFailure();
        }
        return text;
    }

    private static String requests(long count) {
        return count == 1 ? "1 request was" : count + " requests were";
    }

    private static String measured(CapacityPlan plan, int steps) {
        return steps + " of " + plan.steps() + " steps measured";
    }

    /** A figure without trailing zeros: 200, 0.5, 1. */
    private static String plain(double value) {
        return BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}

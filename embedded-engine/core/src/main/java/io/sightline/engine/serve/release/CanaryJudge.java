package io.sightline.engine.serve.release;

import static io.sightline.engine.serve.release.PlainNumbers.count;
import static io.sightline.engine.serve.release.PlainNumbers.limitPercent;
import static io.sightline.engine.serve.release.PlainNumbers.percent;
import static io.sightline.engine.serve.release.PlainNumbers.plain;

import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryStatus.GuardState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a canary holds its guard against the stable arm's figures of the same step, and why not in plain
 * words. Nothing is judged before the canary has the guard's least number of requests, and the outcome rule
 * only once both arms have the least number of outcomes.
 */
public final class CanaryJudge {
    private CanaryJudge() {
    }

    /** Waiting for traffic, holding, or breached (any one limit broken). */
    public static GuardState judge(CanaryGuard guard, ArmFigures stable, ArmFigures canary) {
        if (canary.requests() < guard.minRequests()) {
            return GuardState.WAITING_FOR_TRAFFIC;
        }
        return brokenLimits(guard, stable, canary).isEmpty() ? GuardState.HOLDING : GuardState.BREACHED;
    }

    /**
     * The judgement in plain words: every broken limit with the measured value and the limit (such as "The canary's
     * error rate is 3.2 % (limit 1 %)."), or how far the canary is from being judged, or that it holds.
     */
    public static String explain(CanaryGuard guard, ArmFigures stable, ArmFigures canary) {
        if (canary.requests() < guard.minRequests()) {
            return "Waiting for traffic: the canary has answered " + count(canary.requests()) + " of the "
                    + count(guard.minRequests()) + " requests its guard needs to judge it.";
        }
        List<String> broken = brokenLimits(guard, stable, canary);
        if (!broken.isEmpty()) {
            return String.join(" ", broken);
        }
        return "The guard holds: the canary's error rate is " + percent(canary.errorRate()) + " (limit "
                + limitPercent(guard.maxErrorRate()) + ") over " + count(canary.requests()) + " requests.";
    }

    private static List<String> brokenLimits(CanaryGuard guard, ArmFigures stable, ArmFigures canary) {
        List<String> broken = new ArrayList<>();
        if (canary.errorRate() > guard.maxErrorRate()) {
            broken.add("The canary's error rate is " + percent(canary.errorRate()) + " (limit "
                    + limitPercent(guard.maxErrorRate()) + ").");
        }
        // a stable arm without requests has no latency to compare with
        if (stable.requests() > 0 && canary.p95Millis() > guard.maxLatencyRatio() * stable.p95Millis()) {
            broken.add("The canary's 95th-percentile latency is " + millis(canary.p95Millis()) + ", "
                    + plain(canary.p95Millis() / stable.p95Millis()) + " times the stable version's "
                    + millis(stable.p95Millis()) + " (limit " + plain(guard.maxLatencyRatio()) + " times).");
        }
        long enough = Math.max(1, guard.minOutcomes());
        if (stable.outcomes() >= enough && canary.outcomes() >= enough
                && canary.successRate() < stable.successRate() - guard.maxSuccessDrop()) {
            broken.add("The canary's success rate is " + percent(canary.successRate()) + " against the stable"
                    + " version's " + percent(stable.successRate()) + ", "
                    + String.format(Locale.ROOT, "%.1f", (stable.successRate() - canary.successRate()) * 100)
                    + " points lower (limit " + plain(guard.maxSuccessDrop() * 100) + " points).");
        }
        return broken;
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }
}

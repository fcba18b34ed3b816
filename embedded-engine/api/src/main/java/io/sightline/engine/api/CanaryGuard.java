package io.sightline.engine.api;

/**
 * What a canary must hold to advance, judged once the canary has {@code minRequests} requests in the step:
 * its error rate at most {@code maxErrorRate}; its 95th-percentile latency at most {@code maxLatencyRatio}
 * times the stable arm's; and, once both arms have {@code minOutcomes} outcomes, its outcome success rate no
 * more than {@code maxSuccessDrop} below the stable arm's.
 */
public record CanaryGuard(double maxErrorRate, double maxLatencyRatio, double maxSuccessDrop, int minRequests,
                          int minOutcomes) {
    public CanaryGuard {
        if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
            throw PlatformException.invalid("The canary's largest error rate is from 0 to 1, such as 0.01 for 1 %.");
        }
        if (!(maxLatencyRatio >= 1)) {
            throw PlatformException.invalid("The canary's latency limit is a ratio of the stable version's, 1 or more"
                    + " (such as 1.5 for half as slow again).");
        }
        if (!(maxSuccessDrop >= 0 && maxSuccessDrop <= 1)) {
            throw PlatformException.invalid("The canary's largest drop in success rate is from 0 to 1, such as 0.02.");
        }
        if (minRequests < 1 || minOutcomes < 0) {
            throw PlatformException.invalid("The canary guard needs at least one request to judge, and no negative"
                    + " number of outcomes.");
        }
    }

    /** Errors under 1 %, latency within 1.5 times, success no more than 2 points lower; judged after 200 requests. */
    public static CanaryGuard standard() {
        return new CanaryGuard(0.01, 1.5, 0.02, 200, 100);
    }
}

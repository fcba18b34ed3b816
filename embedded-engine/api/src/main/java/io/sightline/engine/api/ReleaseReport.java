package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * A deployment's release as it stands: its policy and since when, each arm's figures over the window, and what
 * the policy's kind adds: the A/B test's verdict, the canary's status, the shares over time (null or empty
 * where the kind has none).
 */
public record ReleaseReport(String deployment, TrafficPolicy policy, Instant policySince, List<ArmReport> arms,
                            AbTestVerdict abTest, CanaryStatus canary, List<ShareSample> shares) {
    public ReleaseReport {
        arms = List.copyOf(arms);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}

package io.sightline.engine.api;

import java.time.Duration;

/**
 * Releasing versions safely: the traffic policy a deployment serves under (canary, A/B test, shadow, bandit,
 * contextual routing, or one version), how each arm does, and rolling back. Every change is recorded in the
 * deployment history with who made it and why.
 */
public interface Releases {

    /** The policy the deployment serves under now (a single version unless another was set). */
    TrafficPolicy policy(String deployment);

    /**
     * Serves the deployment under {@code policy} from now on; its versions must be versions of the deployment's
     * model that Sightline holds. Recorded in the history as done by {@code by}, for {@code reason}.
     */
    Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason);

    /**
     * Puts back the version the deployment served before its current one, as a single-version policy. The
     * reason is required; recorded in the history with who, when, from and to.
     */
    Deployment rollback(String deployment, String by, String reason);

    /** Each arm's figures over the last {@code window}, and the verdict, status or shares the policy's kind adds. */
    ReleaseReport release(String deployment, Duration window);

    /** What an A/B test plan needs before it starts: outcomes per arm for its confidence, power and difference. */
    AbTestDesign planAbTest(AbTestPlan plan);
}

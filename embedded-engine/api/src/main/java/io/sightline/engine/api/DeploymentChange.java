package io.sightline.engine.api;

import java.time.Instant;

/**
 * One change of a deployment in its history: which version it served from {@code at}, and for changes made
 * through a release (a policy set, a canary step, a rollback), the version before, the policy kind after, who
 * made it and why (null for plain deploys and stops, and for changes recorded before these were kept).
 */
public record DeploymentChange(String deployment, String model, int version, DeploymentState state, Instant at,
                               Integer fromVersion, PolicyKind policy, String by, String reason) {

    /** A plain deploy, replacement or stop. */
    public DeploymentChange(String deployment, String model, int version, DeploymentState state, Instant at) {
        this(deployment, model, version, state, at, null, null, null, null);
    }
}

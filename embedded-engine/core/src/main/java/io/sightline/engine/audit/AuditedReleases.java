package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.reasoned;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;

/** Releases whose traffic policies set and rollbacks are recorded in the audit log, with the policy before and after. */
final class AuditedReleases implements Releases {
    private final Releases releases;
    private final AuditTrail trail;

    AuditedReleases(Releases releases, AuditTrail trail) {
        this.releases = releases;
        this.trail = trail;
    }

    @Override
    public TrafficPolicy policy(String deployment) {
        return releases.policy(deployment);
    }

    @Override
    public Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        return trail.record("release.set-policy", reasoned(deployment, reason), by, releases.policy(deployment),
                () -> releases.setPolicy(deployment, policy, by, reason), changed -> releases.policy(deployment));
    }

    @Override
    public Deployment rollback(String deployment, String by, String reason) {
        return trail.record("release.rollback", reasoned(deployment, reason), by, releases.policy(deployment),
                () -> releases.rollback(deployment, by, reason), changed -> releases.policy(deployment));
    }

    @Override
    public ReleaseReport release(String deployment, Duration window) {
        return releases.release(deployment, window);
    }

    @Override
    public AbTestDesign planAbTest(AbTestPlan plan) {
        return releases.planAbTest(plan);
    }
}

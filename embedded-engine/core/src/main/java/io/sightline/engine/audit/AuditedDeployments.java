package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;
import static io.sightline.engine.audit.AuditTrail.stateOf;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.Deployments;
import java.time.Duration;
import java.util.List;

/** Deployments whose deploys are recorded in the audit log, with the version served before and after. */
final class AuditedDeployments implements Deployments {
    private final Deployments deployments;
    private final AuditTrail trail;

    AuditedDeployments(Deployments deployments, AuditTrail trail) {
        this.deployments = deployments;
        this.trail = trail;
    }

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        Deployment before = stateOf(() -> deployments.deployment(deploymentName));
        return trail.record("deploy", deploymentName + " model " + model + " v" + version, null,
                before == null ? null : served(before), () -> deployments.deploy(deploymentName, model, version),
                AuditedDeployments::served);
    }

    private static Object served(Deployment deployment) {
        return state("model", deployment.model(), "version", deployment.version(), "state", deployment.state());
    }

    @Override
    public List<Deployment> deployments() {
        return deployments.deployments();
    }

    @Override
    public Deployment deployment(String deploymentName) {
        return deployments.deployment(deploymentName);
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        return deployments.deploymentHistory(window);
    }
}

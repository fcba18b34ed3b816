package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.TrafficPolicy;

/** A deployment in the list: what it serves, since when, and under which policy (null when it could not be read). */
public record DeploymentRow(Deployment deployment, TrafficPolicy policy) {

    public String name() {
        return deployment.name();
    }

    public String serves() {
        return deployment.state() == DeploymentState.STOPPED ? "stopped"
                : deployment.model() + " v" + deployment.version();
    }

    public String since() {
        return Figures.dateTime(deployment.updatedAt());
    }

    public String policyWords() {
        return ReleaseWording.policy(policy);
    }
}

package io.sightline.app.fakes;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.Deployments;
import java.time.Duration;
import java.util.List;

/** Deployments of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedDeployments extends Deployments {

    @Override
    default Deployment deploy(String deploymentName, String model, int version) {
        throw Unscripted.call("Deployments", "deploy");
    }

    @Override
    default List<Deployment> deployments() {
        throw Unscripted.call("Deployments", "deployments");
    }

    @Override
    default Deployment deployment(String deploymentName) {
        throw Unscripted.call("Deployments", "deployment");
    }

    @Override
    default List<DeploymentChange> deploymentHistory(Duration window) {
        throw Unscripted.call("Deployments", "deploymentHistory");
    }
}

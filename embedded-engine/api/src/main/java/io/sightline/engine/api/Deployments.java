package io.sightline.engine.api;

import java.time.Duration;
import java.util.List;

/** What serves under which name: deploying a model version, and the history of every change. */
public interface Deployments {

    /** Makes a model version live under {@code deploymentName}, replacing what that name served before. */
    Deployment deploy(String deploymentName, String model, int version);

    List<Deployment> deployments();

    Deployment deployment(String deploymentName);

    /** Every deploy, replacement and stop, newest first, over the last {@code window}. */
    List<DeploymentChange> deploymentHistory(Duration window);
}

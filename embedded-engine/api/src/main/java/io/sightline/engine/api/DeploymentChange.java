package io.sightline.engine.api;

import java.time.Instant;

/** One change of a deployment in its history: which version it served from {@code at}. */
public record DeploymentChange(String deployment, String model, int version, DeploymentState state, Instant at) {
}

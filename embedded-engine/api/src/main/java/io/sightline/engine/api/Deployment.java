package io.sightline.engine.api;

import java.time.Instant;

/** A named endpoint serving one model version. */
public record Deployment(String name, String model, int version, DeploymentState state, Instant createdAt, Instant updatedAt) {
    public ModelRef ref() {
        return new ModelRef(model, version);
    }
}

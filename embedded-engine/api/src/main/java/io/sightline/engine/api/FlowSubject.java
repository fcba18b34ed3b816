package io.sightline.engine.api;

/** What a flow works on: a model version and, where it serves or will serve, a deployment. */
public record FlowSubject(String model, int version, String deployment) {
    public FlowSubject {
        if (model == null || model.isBlank() || version < 1) {
            throw PlatformException.invalid("A flow works on a model version: give the model's name and a version from 1.");
        }
        deployment = deployment == null || deployment.isBlank() ? null : deployment.strip();
    }
}

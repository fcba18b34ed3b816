package io.sightline.app.workspace.risk;

import io.sightline.engine.api.ModelSchema;

/**
 * What the workspace needs to know about the chosen deployment, read once when it is chosen: the inputs of the
 * model it serves (for rules) and the label that means fraud (null when the model has none).
 */
public record DeploymentFacts(String deployment, String model, int version, ModelSchema schema,
                              String positiveLabel) {
}

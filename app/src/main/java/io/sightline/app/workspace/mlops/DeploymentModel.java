package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * The chosen deployment with what the forms offer for it: its model's versions (newest first) and the inputs of
 * the version it serves (sticky keys, routes, drift).
 */
public record DeploymentModel(Deployment deployment, List<ModelVersion> versions) {
    public DeploymentModel {
        versions = List.copyOf(versions);
    }

    public String name() {
        return deployment.name();
    }

    public List<Integer> versionNumbers() {
        return versions.stream().map(ModelVersion::version).toList();
    }

    public Optional<ModelVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    /** The input columns of the version served, in the schema's order. */
    public List<String> inputColumns() {
        return version(deployment.version()).map(v -> v.schema().inputs().stream().map(FieldSpec::name).toList())
                .orElse(List.of());
    }

    /** The newest version other than the one served, for a new arm; the one served when there is no other. */
    int otherVersion() {
        return versions.stream().mapToInt(ModelVersion::version).filter(v -> v != deployment.version()).max()
                .orElse(deployment.version());
    }
}

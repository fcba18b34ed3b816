package io.sightline.engine.api;

import java.time.Instant;
import java.util.Map;

/**
 * A version of a registered model with its lineage (the run and the exact dataset bytes that produced it),
 * its stage, the SHA-256 and size of its artifact (Tribuo protobuf plus the preprocessing that feeds it),
 * its algorithm, its held-out test metrics and its input schema.
 */
public record ModelVersion(
        String model,
        int version,
        String runId,
        String datasetId,
        String datasetSha256,
        Stage stage,
        String artifactSha256,
        long artifactBytes,
        String algorithm,
        Map<String, Double> metrics,
        ModelSchema schema,
        Instant createdAt) {

    public ModelVersion {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public ModelRef ref() {
        return new ModelRef(model, version);
    }
}

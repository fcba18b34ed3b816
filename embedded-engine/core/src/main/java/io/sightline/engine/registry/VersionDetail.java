package io.sightline.engine.registry;

import io.sightline.engine.api.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A model version with what the MLflow registry says of it beyond {@link ModelVersion}: where its model is
 * ({@code source}), its description, last change, run link, tags and the aliases that point at it.
 */
public record VersionDetail(ModelVersion version, String source, String description, Instant updatedAt,
                            String runLink, Map<String, String> tags, List<String> aliases) {

    /** How the source of a version Sightline trained is written: its artifact, named by content hash. */
    public static final String SIGHTLINE_SOURCE_PREFIX = "sightline-artifact:sha256/";

    public VersionDetail {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether Sightline holds the model's file (and can therefore deploy it). */
    public boolean hasArtifact() {
        return version.artifactSha256() != null;
    }
}

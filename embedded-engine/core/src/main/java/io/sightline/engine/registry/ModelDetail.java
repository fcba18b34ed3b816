package io.sightline.engine.registry;

import io.sightline.engine.api.RegisteredModel;
import java.util.List;
import java.util.Map;

/** A registered model with its tags, its aliases (alias to version) and the latest version in each stage. */
public record ModelDetail(RegisteredModel model, Map<String, String> tags, Map<String, Integer> aliases,
                          List<VersionDetail> latestVersions) {

    public ModelDetail {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        latestVersions = latestVersions == null ? List.of() : List.copyOf(latestVersions);
    }
}

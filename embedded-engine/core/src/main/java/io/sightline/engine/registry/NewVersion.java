package io.sightline.engine.registry;

import java.util.Map;

/** A version to register from a model kept elsewhere ({@code source}), optionally made by a run. */
public record NewVersion(String model, String source, String runId, String runLink, String description,
                         Map<String, String> tags) {

    public NewVersion {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}

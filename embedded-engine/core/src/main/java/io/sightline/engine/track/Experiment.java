package io.sightline.engine.track;

import java.time.Instant;
import java.util.Map;

/**
 * A named group of runs. Ids are decimal numbers as text, MLflow's shape; "0" is the default experiment.
 * The artifact location is where clients put a run's files: Sightline records it but does not serve files.
 */
public record Experiment(String id, String name, String artifactLocation, LifecycleStage lifecycleStage,
                         Instant createdAt, Instant updatedAt, Map<String, String> tags) {

    public static final String DEFAULT_ID = "0";

    public Experiment {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}

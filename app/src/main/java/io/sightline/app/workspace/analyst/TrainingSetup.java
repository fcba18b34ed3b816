package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.ColumnType;
import java.util.Locale;
import java.util.Map;

/** What the upload step hands to training: the dataset, what to predict, and the user's type changes. */
public record TrainingSetup(String datasetId, String datasetName, String target, Map<String, ColumnType> typeOverrides) {
    public TrainingSetup {
        typeOverrides = Map.copyOf(typeOverrides);
    }

    /** The registered model (and deployment) name: the dataset's name, lower case, safe characters only. */
    public String modelName() {
        String name = datasetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "model" : name;
    }
}

package io.sightline.engine.api;

import java.util.List;

/** Registered models and their versions, with the stage each version is in. */
public interface Registry {

    List<RegisteredModel> models();

    List<ModelVersion> modelVersions(String model);

    ModelVersion modelVersion(String model, int version);

    ModelVersion setStage(String model, int version, Stage stage);
}

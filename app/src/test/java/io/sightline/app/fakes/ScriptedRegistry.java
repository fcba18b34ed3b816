package io.sightline.app.fakes;

import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Stage;
import java.nio.file.Path;
import java.util.List;

/** Registry of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedRegistry extends Registry {

    @Override
    default List<RegisteredModel> models() {
        throw Unscripted.call("Registry", "models");
    }

    @Override
    default List<ModelVersion> modelVersions(String model) {
        throw Unscripted.call("Registry", "modelVersions");
    }

    @Override
    default ModelVersion modelVersion(String model, int version) {
        throw Unscripted.call("Registry", "modelVersion");
    }

    @Override
    default ModelVersion setStage(String model, int version, Stage stage) {
        throw Unscripted.call("Registry", "setStage");
    }

    @Override
    default ImportAssessment importModel(ModelImport request) {
        throw Unscripted.call("Registry", "importModel");
    }

    @Override
    default String uploadModelFile(Path file) {
        throw Unscripted.call("Registry", "uploadModelFile");
    }
}

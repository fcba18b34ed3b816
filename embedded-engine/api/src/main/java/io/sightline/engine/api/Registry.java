package io.sightline.engine.api;

import java.nio.file.Path;
import java.util.List;

/** Registered models and their versions, with the stage each version is in. */
public interface Registry {

    List<RegisteredModel> models();

    List<ModelVersion> modelVersions(String model);

    ModelVersion modelVersion(String model, int version);

    ModelVersion setStage(String model, int version, Stage stage);

    /**
     * Assesses a model file made elsewhere against a dataset's schema (input names and types, predictions on a
     * sample, the expected outputs given) and, when every check passes and the request asks for it, registers it
     * as a new version that deploys and serves like a trained one. A file that is not a model of its format is
     * refused ({@link BadFileException}).
     */
    ImportAssessment importModel(ModelImport request);

    /**
     * Keeps a copy of a file in the engine for a later import — a model file or a CSV of expected outputs — and
     * answers its id, which a {@link ModelImport} (and the external-import flow's parameters) may name in place of
     * a path on the engine's machine. The same bytes always get the same id.
     */
    String uploadModelFile(Path file);
}

package io.sightline.engine.registry;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Stage;
import io.sightline.engine.registry.imports.ModelImporter;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.util.List;

/** The model registry of this engine, read from and changed in its database. */
public final class LocalRegistry implements Registry {
    private final Database database;
    private final ModelRegistry registry;
    private final ModelImporter importer;

    public LocalRegistry(Database database, ModelRegistry registry, ModelImporter importer) {
        this.database = database;
        this.registry = registry;
        this.importer = importer;
    }

    @Override
    public List<RegisteredModel> models() {
        return database.read(registry::models);
    }

    @Override
    public List<ModelVersion> modelVersions(String model) {
        return database.read(c -> registry.versions(c, model));
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        return database.read(c -> registry.version(c, model, version));
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        ArgumentRules.stage(stage);
        return database.inTransaction(c -> registry.setStage(c, model, version, stage));
    }

    @Override
    public ImportAssessment importModel(ModelImport request) {
        return importer.importModel(request);
    }

    @Override
    public String uploadModelFile(Path file) {
        return importer.upload(file);
    }
}

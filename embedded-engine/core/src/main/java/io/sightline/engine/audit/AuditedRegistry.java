package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Stage;
import java.nio.file.Path;
import java.util.List;

/** The registry whose stage changes, imports and uploads are recorded in the audit log. */
final class AuditedRegistry implements Registry {
    private final Registry registry;
    private final AuditTrail trail;

    AuditedRegistry(Registry registry, AuditTrail trail) {
        this.registry = registry;
        this.trail = trail;
    }

    @Override
    public List<RegisteredModel> models() {
        return registry.models();
    }

    @Override
    public List<ModelVersion> modelVersions(String model) {
        return registry.modelVersions(model);
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        return registry.modelVersion(model, version);
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        Stage before = registry.modelVersion(model, version).stage();
        return trail.record("model.stage", "model " + model + " v" + version, null, state("stage", before),
                () -> registry.setStage(model, version, stage), changed -> state("stage", changed.stage()));
    }

    /** An import is recorded only when it registered a version; an assessment alone changes nothing. */
    @Override
    public ImportAssessment importModel(ModelImport request) {
        ImportAssessment assessment = registry.importModel(request);
        ModelVersion registered = assessment.registered();
        if (registered != null) {
            trail.recordMade("model.import", "model " + registered.model() + " v" + registered.version(), null,
                    null, state("format", assessment.format(), "sha256", assessment.fileSha256(),
                            "dataset", request.datasetId()));
        }
        return assessment;
    }

    @Override
    public String uploadModelFile(Path file) {
        return trail.record("model.upload", "model file " + file.getFileName(), null, null,
                () -> registry.uploadModelFile(file), id -> state("id", id));
    }
}

package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.Projects;
import io.sightline.engine.flow.ApprovalRule;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.registry.ModelTransfer;
import java.util.List;

/**
 * What the cross-project flow's actions work with: the release flow's parts (the registry, trained models and
 * their data), the projects models belong to, and the transfer that exports and imports artifacts. The flow's
 * subject is the source version; its parameters name the target project and model.
 */
public record CrossProjectActions(EngineParts engine, Projects projects, ModelTransfer transfer) {
    /** The lineage an export records and an import tags the new version with, in this order. */
    static final List<String> LINEAGE = List.of("sourceProject", "sourceModel", "sourceVersion", "runId", "datasetId",
            "datasetSha256", "artifactSha256", "requestedBy", "approvedBy", "targetProject", "targetModel", "flowId");

    /** Every action the cross-project flow adds to those of the release flow. */
    public List<StepAction> actions() {
        return List.of(new CrossProjectRequest(this), new ExportArtifact(this), new ImportArtifact(this),
                new VerifyImport(this), new WithdrawImport(this));
    }

    /** The approval rules the cross-project flow's approval step names. */
    public List<ApprovalRule> approvalRules() {
        return List.of(new OwnerOfSource(projects));
    }

    ModelVersion source(StepInput input) {
        return engine.candidate(input);
    }

    Project sourceProject(StepInput input) {
        return projects.projectOf(input.subject().model());
    }
}

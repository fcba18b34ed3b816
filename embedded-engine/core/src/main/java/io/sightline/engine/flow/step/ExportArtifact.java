package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.registry.ModelTransfer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exports the approved source version: its artifact and lineage (source project, model and version, run, dataset
 * and its checksum when known, who asked and who approved) into the flow's own folder under the data folder's
 * {@code exports}; the outputs carry the lineage, the files and the artifact's SHA-256. Run again after a restart,
 * it keeps what it exported before.
 */
final class ExportArtifact implements StepAction {
    private final CrossProjectActions parts;

    ExportArtifact(CrossProjectActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "export-artifact";
    }

    @Override
    public StepResult run(StepInput input) {
        if (input.previous().containsKey("exportFile")) {
            return StepResult.passed("Exported before to " + input.previous().get("exportFile") + ".",
                    input.previous());
        }
        ModelVersion source = parts.source(input);
        Map<String, String> lineage = new LinkedHashMap<>();
        lineage.put("sourceProject", parts.sourceProject(input).name());
        lineage.put("sourceModel", source.model());
        lineage.put("sourceVersion", String.valueOf(source.version()));
        lineage.put("runId", source.runId() == null ? "none" : source.runId());
        lineage.put("datasetId", source.datasetId() == null ? "unknown" : source.datasetId());
        lineage.put("datasetSha256", source.datasetSha256() == null ? "unknown" : source.datasetSha256());
        lineage.put("artifactSha256", source.artifactSha256());
        lineage.put("requestedBy", input.startedBy());
        lineage.put("approvedBy", input.earlierOutput("decidedBy"));
        lineage.put("targetProject", input.parameter("targetProject").strip());
        lineage.put("targetModel", input.parameter("targetModel").strip());
        lineage.put("flowId", input.flowId());
        ModelTransfer.Export export = parts.transfer().export(input.flowId(), source, lineage);
        Map<String, String> outputs = new LinkedHashMap<>(lineage);
        outputs.put("exportFile", export.artifact().toString());
        outputs.put("lineageFile", export.lineage().toString());
        outputs.put("exportSha256", export.sha256());
        outputs.put("exportBytes", String.valueOf(export.bytes()));
        return StepResult.passed("Exported " + source.ref() + " (" + export.bytes() + " bytes, SHA-256 "
                + export.sha256() + ") with its lineage to " + export.artifact().getParent() + ".", outputs);
    }
}

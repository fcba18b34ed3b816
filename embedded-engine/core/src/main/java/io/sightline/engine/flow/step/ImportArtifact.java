package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Imports the exported artifact into the target project as a new version of the target model, after checking that
 * its SHA-256 is the one the export recorded; the new version carries the export's lineage. Run again after a
 * restart, it keeps the version it registered before.
 */
final class ImportArtifact implements StepAction {
    private final CrossProjectActions parts;

    ImportArtifact(CrossProjectActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "import-artifact";
    }

    @Override
    public StepResult run(StepInput input) {
        if (input.previous().containsKey("version")) {
            return StepResult.passed("Imported before as " + input.previous().get("model") + ":"
                    + input.previous().get("version") + ".", input.previous());
        }
        String exported = input.earlierOutput("exportFile");
        if (exported == null) {
            return StepResult.failed("Nothing was exported to import: the export step must run first.", Map.of());
        }
        Map<String, String> lineage = new LinkedHashMap<>();
        CrossProjectActions.LINEAGE.forEach(key -> lineage.put(key, input.earlierOutput(key)));
        ModelVersion copy = parts.transfer().importCopy(Path.of(exported), input.earlierOutput("exportSha256"),
                parts.source(input), lineage.get("targetModel"), lineage.get("targetProject"), lineage);
        return StepResult.passed("Imported as " + copy.ref() + " in '" + lineage.get("targetProject") + "'; its SHA-256 "
                + copy.artifactSha256() + " is the one exported.", Map.of("model", copy.model(),
                        "version", String.valueOf(copy.version()), "artifactSha256", copy.artifactSha256()));
    }
}

package io.sightline.engine.flow.step;

import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/**
 * Registers the assessed file as a new version of the flow's model. Run again after a restart, it keeps the
 * version it registered before rather than registering a second one.
 */
final class ImportRegister implements StepAction {
    private final ImportActions parts;

    ImportRegister(ImportActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "import-register";
    }

    @Override
    public StepResult run(StepInput input) {
        if (input.previous().containsKey("version")) {
            return StepResult.passed("Registered before as " + input.previous().get("model") + ":"
                    + input.previous().get("version") + ".", input.previous());
        }
        ImportAssessment assessment = parts.registry().importModel(parts.request(input).registering(true));
        if (assessment.registered() == null) {
            return StepResult.failed("Not registered: " + assessment.failures(), Map.of());
        }
        ModelVersion version = assessment.registered();
        String note = version.version() == input.subject().version() ? ""
                : " (the flow named version " + input.subject().version() + ", which was taken meanwhile)";
        return StepResult.passed("Registered as " + version.ref() + note + ".", Map.of("model", version.model(),
                "version", String.valueOf(version.version()), "artifactSha256", version.artifactSha256()));
    }
}

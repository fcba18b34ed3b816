package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/** Checks that the version exists in the registry and records where it came from. */
final class RegisterCheck implements StepAction {
    private final EngineParts parts;

    RegisterCheck(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public StepResult run(StepInput input) {
        ModelVersion version = parts.candidate(input);
        // a version imported from a file was made by no run here
        String runId = version.runId() == null ? "none" : version.runId();
        return StepResult.passed(version.ref() + " is registered (" + version.algorithm() + ", run " + runId
                + ").", Map.of("runId", runId, "datasetId", version.datasetId(), "algorithm",
                version.algorithm(), "stage", version.stage().name()));
    }
}

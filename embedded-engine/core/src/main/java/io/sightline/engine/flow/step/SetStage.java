package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Stage;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/** Puts the version in the stage {@code stage}, recording the stage it had, so that a rollback can put it back. */
final class SetStage implements StepAction {
    private final EngineParts parts;

    SetStage(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "set-stage";
    }

    @Override
    public StepResult run(StepInput input) {
        Stage stage = Stage.valueOf(input.parameter("stage"));
        // run again after a restart, the stage may already be set: the first attempt's record says what it was
        String previous = input.previous().getOrDefault("previousStage", parts.candidate(input).stage().name());
        ModelVersion version = parts.registry().setStage(input.subject().model(), input.subject().version(), stage);
        return StepResult.passed(version.ref() + " is in " + stage + " (was " + previous + ").",
                Map.of("previousStage", previous, "stage", stage.name()));
    }
}

package io.sightline.engine.flow.step;

import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/** Production: the deployment serves the version alone, and the registry has it in Production. */
final class Promote implements StepAction {
    private final EngineParts parts;

    Promote(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "promote";
    }

    @Override
    public StepResult run(StepInput input) {
        int version = input.subject().version();
        if (input.subject().deployment() != null) {
            parts.releases().setPolicy(input.subject().deployment(), TrafficPolicy.single(version), input.startedBy(),
                    "Promoted by flow " + input.flowId());
        }
        parts.registry().setStage(input.subject().model(), version, Stage.PRODUCTION);
        return StepResult.passed("v" + version + " is in production" + (input.subject().deployment() == null ? "."
                : " and serves all of " + input.subject().deployment() + "."), Map.of("stage", Stage.PRODUCTION.name()));
    }
}

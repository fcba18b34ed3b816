package io.sightline.engine.flow.step;

import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Undoes what the flow changed, as its earlier steps recorded it: the deployment serves the stable version alone
 * again, and the version goes back to the stage it had; the reason recorded is why the flow failed. Doing it twice
 * leaves the same result.
 */
final class Rollback implements StepAction {
    private final EngineParts parts;

    Rollback(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public StepResult run(StepInput input) {
        String reason = input.failures().isEmpty() ? "The flow failed." : String.join(" ", input.failures());
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("reason", reason);
        StringBuilder done = new StringBuilder();
        String stable = input.earlierOutput("stableVersion");
        if (stable != null && input.subject().deployment() != null) {
            parts.releases().setPolicy(input.subject().deployment(), TrafficPolicy.single(Integer.parseInt(stable)),
                    input.startedBy(), "Rolled back by flow " + input.flowId() + ": " + reason);
            outputs.put("restoredVersion", stable);
            done.append(input.subject().deployment()).append(" serves v").append(stable).append(" again. ");
        }
        if ("true".equals(input.earlierOutput(EngineParts.FIRST_RELEASE))) {
            done.append(input.subject().deployment()).append(" was made for this first release and still serves v")
                    .append(input.subject().version()).append(": nobody called it before; stop calling it. ");
        }
        String previousStage = input.earlierOutput("previousStage");
        if (previousStage != null) {
            parts.registry().setStage(input.subject().model(), input.subject().version(), Stage.valueOf(previousStage));
            outputs.put("restoredStage", previousStage);
            done.append("v").append(input.subject().version()).append(" is back in ").append(previousStage).append(". ");
        }
        return StepResult.passed((done.isEmpty() ? "Nothing had been changed, so nothing was undone. " : done)
                + "Why: " + reason, outputs);
    }
}

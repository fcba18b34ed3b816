package io.sightline.engine.flow.step;

import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/**
 * Puts the endpoint back as the flow found it when a later step failed: the version it served before (when it
 * served one of the same model) and its serving limits before, recorded with the failures' reasons. Doing it
 * twice changes nothing more.
 */
final class RestoreEndpoint implements StepAction {
    private final EngineParts parts;

    RestoreEndpoint(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "restore-endpoint";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        String version = input.earlierOutput("previousVersion");
        String limits = input.earlierOutput("previousLimits");
        String why = "Flow " + input.flowId() + " failed: " + String.join("; ", input.failures());
        StringBuilder done = new StringBuilder();
        if (limits != null) {
            parts.capacity().setServingLimits(deployment, Limits.read(limits), input.startedBy(), why);
            done.append("its serving limits put back");
        }
        if (version != null && !version.equals("none")) {
            int previous = Integer.parseInt(version);
            if (parts.deployments().deployment(deployment).version() != previous) {
                parts.deployments().deploy(deployment, input.subject().model(), previous);
            }
            done.append(done.isEmpty() ? "" : " and ").append("v").append(previous).append(" served again");
        }
        return StepResult.passed(deployment + ": " + (done.isEmpty() ? "nothing to put back" : done) + ". " + why,
                Map.of("reason", why));
    }
}

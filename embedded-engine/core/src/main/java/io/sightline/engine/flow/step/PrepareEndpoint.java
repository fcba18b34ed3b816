package io.sightline.engine.flow.step;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prepares the real-time path: the deployment serves the flow's version (deployed when it serves another, or
 * created when it does not exist), its model loaded. What it served and its limits before are kept as outputs, so
 * that a failure later can put them back. Run again after a restart, it finds the version already served and
 * keeps the outputs of its first attempt.
 */
final class PrepareEndpoint implements StepAction {
    private final EngineParts parts;

    PrepareEndpoint(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "prepare-endpoint";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        Optional<Deployment> before = parts.deployment(input);
        Map<String, String> outputs = new HashMap<>(input.previous());
        if (!outputs.containsKey("previousVersion")) {
            outputs.put("previousVersion", before.filter(d -> d.model().equals(input.subject().model()))
                    .map(d -> String.valueOf(d.version())).orElse("none"));
            ServingLimits limits = before.isPresent() ? parts.capacity().servingLimits(deployment) : ServingLimits.UNLIMITED;
            outputs.put("previousLimits", Limits.write(limits));
        }
        boolean serves = before.filter(d -> d.model().equals(input.subject().model())
                && d.version() == input.subject().version()).isPresent();
        if (!serves) {
            parts.deployments().deploy(deployment, input.subject().model(), input.subject().version());
        }
        parts.models().apply(parts.candidate(input).ref()); // loaded now, not on the first request
        return StepResult.passed(deployment + " serves " + input.subject().model() + " v" + input.subject().version()
                + (serves ? ", as it did." : " from now on."), outputs);
    }
}

package io.sightline.engine.flow.step;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts another flow (parameter {@code definition}) on the version an earlier step registered (of the model it
 * names, else the flow's own), into the same
 * deployment, passing on the parameters named {@code release.*} without that prefix. Run again after a restart,
 * it keeps the flow it started before.
 */
final class StartFlow implements StepAction {
    static final String PASSED_ON = "release.";
    private final ImportActions parts;

    StartFlow(ImportActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "start-flow";
    }

    @Override
    public StepResult run(StepInput input) {
        if (input.previous().containsKey("flowId")) {
            return StepResult.passed("Started before as flow " + input.previous().get("flowId") + ".",
                    input.previous());
        }
        String registered = input.earlierOutput("version");
        int version = registered == null ? input.subject().version() : Integer.parseInt(registered);
        Map<String, String> parameters = new HashMap<>();
        input.parameters().forEach((name, value) -> {
            if (name.startsWith(PASSED_ON)) {
                parameters.put(name.substring(PASSED_ON.length()), value);
            }
        });
        String model = registered == null || input.earlierOutput("model") == null ? input.subject().model()
                : input.earlierOutput("model");
        FlowSubject subject = new FlowSubject(model, version, input.subject().deployment());
        Flow started = parts.flows().get().startFlow(new FlowStart(input.parameter("definition"), subject, parameters),
                input.startedBy());
        return StepResult.passed("Started '" + started.definition().name() + "' on " + subject.model() + ":" + version
                + " as flow " + started.id() + ".", Map.of("flowId", started.id()));
    }
}

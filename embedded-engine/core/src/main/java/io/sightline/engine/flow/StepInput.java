package io.sightline.engine.flow;

import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.PlatformException;
import java.util.List;
import java.util.Map;

/**
 * What a step's action is given: the flow, its subject and who started it, the step's parameters with the flow's
 * parameters put in, the outputs of the steps settled before it, and its own outputs from an earlier attempt
 * (empty on the first), and why the steps that failed before it failed ("name: message").
 */
public record StepInput(String flowId, String stepId, FlowSubject subject, String startedBy,
                        Map<String, String> parameters, Map<String, Map<String, String>> earlier,
                        Map<String, String> previous, List<String> failures) {
    public StepInput {
        parameters = Map.copyOf(parameters);
        earlier = Map.copyOf(earlier);
        previous = previous == null ? Map.of() : Map.copyOf(previous);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** The parameter {@code name}, which the step must have. */
    public String parameter(String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw PlatformException.invalid("The step '" + stepId + "' needs the parameter '" + name + "'.");
        }
        return value;
    }

    public String parameter(String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The parameter {@code name} as a number, with a plain message when it is not one. */
    public double number(String name) {
        String value = parameter(name);
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("The step '" + stepId + "' takes a number as '" + name + "' (got '"
                    + value + "').");
        }
    }

    /** The output {@code name} of any earlier step that gave one, or null. */
    public String earlierOutput(String name) {
        return earlier.values().stream().filter(outputs -> outputs.containsKey(name)).map(outputs -> outputs.get(name))
                .findFirst().orElse(null);
    }
}

package io.sightline.engine.api;

import java.util.Map;

/**
 * One step of a flow: its id (unique in the flow), a name for people, its kind, the action it runs (for actions,
 * gates and waits; none for approvals and joins) and the action's parameters, where {@code ${name}} stands for
 * the flow's parameter of that name.
 */
public record FlowStep(String id, String name, StepKind kind, String action, Map<String, String> parameters) {
    public FlowStep {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw PlatformException.invalid("A step id is 1 to 64 lower-case letters, digits or dashes (got '" + id + "').");
        }
        if (kind == null) {
            throw PlatformException.invalid("Say what kind of step '" + id + "' is: action, gate, approval, wait or join.");
        }
        boolean runsAction = kind == StepKind.ACTION || kind == StepKind.GATE || kind == StepKind.WAIT;
        if (runsAction && (action == null || action.isBlank())) {
            throw PlatformException.invalid("The " + kind.name().toLowerCase() + " step '" + id + "' needs an action to run.");
        }
        if (!runsAction && action != null) {
            throw PlatformException.invalid("The " + kind.name().toLowerCase() + " step '" + id + "' runs no action.");
        }
        name = name == null || name.isBlank() ? id : name;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}

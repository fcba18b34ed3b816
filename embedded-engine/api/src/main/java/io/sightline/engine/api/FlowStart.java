package io.sightline.engine.api;

import java.util.Map;

/** A request to start a flow: which definition, on what, and parameters that differ from its defaults. */
public record FlowStart(String definition, FlowSubject subject, Map<String, String> parameters) {
    public FlowStart {
        if (definition == null || definition.isBlank()) {
            throw PlatformException.invalid("Choose which flow to start.");
        }
        if (subject == null) {
            throw PlatformException.invalid("Say which model version the flow works on.");
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}

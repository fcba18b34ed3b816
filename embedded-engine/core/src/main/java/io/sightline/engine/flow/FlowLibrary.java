package io.sightline.engine.flow;

import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flows this engine can run, read from JSON resources and checked as they are read: the shape by
 * {@link FlowDefinition} itself, and here that every action a step names exists.
 */
public final class FlowLibrary {
    /** The definitions that ship with the engine. */
    public static final List<String> BUILT_IN = List.of("flows/same-project.json", "flows/realtime-endpoint.json",
            "flows/external-import.json", "flows/cross-project.json");

    private final Map<String, FlowDefinition> definitions = new LinkedHashMap<>();

    public FlowLibrary(List<FlowDefinition> definitions, StepActions actions) {
        for (FlowDefinition definition : definitions) {
            requireKnownActions(definition, actions);
            if (this.definitions.putIfAbsent(definition.id(), definition) != null) {
                throw PlatformException.invalid("Two flow definitions are called '" + definition.id() + "'.");
            }
        }
    }

    /** The definitions in the class path resources {@code resources}, checked against {@code actions}. */
    public static FlowLibrary fromResources(List<String> resources, StepActions actions) {
        return new FlowLibrary(resources.stream().map(FlowLibrary::read).toList(), actions);
    }

    /** Reads one definition from a class path resource. */
    public static FlowDefinition read(String resource) {
        try (InputStream in = FlowLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The flow definition " + resource + " is not on the class path");
            }
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FlowDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the flow definition " + resource, e);
        }
    }

    public List<FlowDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public FlowDefinition get(String id) {
        FlowDefinition definition = definitions.get(id);
        if (definition == null) {
            throw PlatformException.notFound("flow definition", id);
        }
        return definition;
    }

    private static void requireKnownActions(FlowDefinition definition, StepActions actions) {
        for (FlowStep step : definition.steps()) {
            if (step.action() != null && !actions.names().contains(step.action())) {
                throw PlatformException.invalid("The step '" + step.id() + "' of the flow '" + definition.id()
                        + "' runs the action '" + step.action() + "', which this engine does not have; it has "
                        + actions.names() + ".");
            }
        }
    }
}

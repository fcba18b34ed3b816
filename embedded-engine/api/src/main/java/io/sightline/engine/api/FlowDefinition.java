package io.sightline.engine.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flow as data: its steps, the edges between them (each with the condition under which it is followed) and
 * the parameters its steps may refer to as {@code ${name}}, with their defaults. The shape is checked here,
 * once: step ids unique, edges between known steps, exactly one step without incoming edges (the start), every
 * step reachable from it, and no cycle. Whether each action exists is the engine's to check. Its
 * {@link SubjectVersion} says whether it starts on a version that exists or registers its own (left out, it
 * starts on one that exists).
 */
public record FlowDefinition(String id, String name, String description, List<FlowStep> steps, List<FlowEdge> edges,
                             Map<String, String> parameters, SubjectVersion subjectVersion) {

    /** A definition that starts on a version that exists. */
    public FlowDefinition(String id, String name, String description, List<FlowStep> steps, List<FlowEdge> edges,
            Map<String, String> parameters) {
        this(id, name, description, steps, edges, parameters, SubjectVersion.EXISTING);
    }

    public FlowDefinition {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw PlatformException.invalid("A flow definition needs an id and a name.");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        edges = edges == null ? List.of() : List.copyOf(edges);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        subjectVersion = subjectVersion == null ? SubjectVersion.EXISTING : subjectVersion;
        if (steps.isEmpty()) {
            throw PlatformException.invalid("The flow '" + id + "' has no steps.");
        }
        Set<String> ids = new HashSet<>();
        for (FlowStep step : steps) {
            if (!ids.add(step.id())) {
                throw PlatformException.invalid("The flow '" + id + "' has two steps called '" + step.id() + "'.");
            }
        }
        for (FlowEdge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw PlatformException.invalid("In the flow '" + id + "' an edge goes from '" + edge.from() + "' to '"
                        + edge.to() + "', and the flow has no step called '"
                        + (ids.contains(edge.from()) ? edge.to() : edge.from()) + "'.");
            }
        }
        List<FlowEdge> allEdges = edges;
        List<String> starts = steps.stream().map(FlowStep::id)
                .filter(step -> allEdges.stream().noneMatch(e -> e.to().equals(step))).toList();
        if (starts.size() != 1) {
            throw PlatformException.invalid("A flow starts at exactly one step, the one no edge leads to; '" + id
                    + "' has " + (starts.isEmpty() ? "none (its edges go round in a circle)" : starts.size() + ": " + starts)
                    + ".");
        }
        requireAcyclicAndReachable(id, starts.get(0), steps, edges);
    }

    /** The step no edge leads to. */
    public FlowStep start() {
        return steps.stream().filter(s -> incoming(s.id()).isEmpty()).findFirst().orElseThrow();
    }

    public FlowStep step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("step in the flow '" + id + "'", stepId));
    }

    public List<FlowEdge> incoming(String stepId) {
        return edges.stream().filter(e -> e.to().equals(stepId)).toList();
    }

    public List<FlowEdge> outgoing(String stepId) {
        return edges.stream().filter(e -> e.from().equals(stepId)).toList();
    }

    /**
     * The parameters a flow of this definition runs with: the defaults, overridden by {@code given}; a name the
     * definition does not declare is refused.
     */
    public Map<String, String> parametersWith(Map<String, String> given) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        for (Map.Entry<String, String> entry : (given == null ? Map.<String, String>of() : given).entrySet()) {
            if (!parameters.containsKey(entry.getKey())) {
                throw PlatformException.invalid("The flow '" + name + "' has no parameter called '" + entry.getKey()
                        + "'; it takes " + parameters.keySet().stream().sorted().toList() + ".");
            }
            merged.put(entry.getKey(), entry.getValue());
        }
        return Map.copyOf(merged);
    }

    /** Kahn's walk from the start: every step must be reached, and a step left with incoming edges is on a cycle. */
    private static void requireAcyclicAndReachable(String id, String start, List<FlowStep> steps, List<FlowEdge> edges) {
        Map<String, Integer> waiting = new HashMap<>();
        steps.forEach(s -> waiting.put(s.id(), 0));
        edges.forEach(e -> waiting.merge(e.to(), 1, Integer::sum));
        Deque<String> ready = new ArrayDeque<>(List.of(start));
        Set<String> visited = new HashSet<>();
        while (!ready.isEmpty()) {
            String step = ready.pop();
            visited.add(step);
            for (FlowEdge edge : edges) {
                if (edge.from().equals(step) && waiting.merge(edge.to(), -1, Integer::sum) == 0) {
                    ready.push(edge.to());
                }
            }
        }
        List<String> left = steps.stream().map(FlowStep::id).filter(s -> !visited.contains(s)).toList();
        if (!left.isEmpty()) {
            throw PlatformException.invalid("In the flow '" + id + "' the steps " + left + " are on a cycle or cannot"
                    + " be reached from the start '" + start + "': a flow runs forward only.");
        }
    }
}

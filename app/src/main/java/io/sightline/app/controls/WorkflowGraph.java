package io.sightline.app.controls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow drawn as a graph: steps joined by directed edges, free of cycles. Immutable, and checked when
 * built, so that a diagram never has to guess: an unknown step, a repeated id or a circle is refused with a
 * message in plain words ({@link IllegalArgumentException}).
 */
public final class WorkflowGraph {
    /** A graph without steps, what a diagram shows before it is given one. */
    public static final WorkflowGraph EMPTY = new WorkflowGraph(List.of(), List.of());

    /** One step: its id (unique in the graph), the title shown and what kind of step it is. */
    public record Step(String id, String title, StepKind kind) {
        public Step {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("Every step needs an id; the step titled '" + title + "' has none.");
            }
            Objects.requireNonNull(kind, () -> "The step '" + id + "' needs a kind.");
            title = title == null || title.isBlank() ? id : title;
        }
    }

    /** A way from one step to the next; {@code label} names the outcome that takes it ("passed"), or is empty. */
    public record Edge(String from, String to, String label) {
        public Edge {
            Objects.requireNonNull(from, "An edge needs the step it starts from.");
            Objects.requireNonNull(to, "An edge needs the step it leads to.");
            label = label == null ? "" : label;
        }

        public Edge(String from, String to) {
            this(from, to, "");
        }
    }

    private final List<Step> steps;
    private final List<Edge> edges;
    private final Map<String, Step> byId = new LinkedHashMap<>();
    private final Map<String, List<Edge>> outgoing = new HashMap<>();
    private final Map<String, List<Edge>> incoming = new HashMap<>();
    private final List<Step> topologicalOrder;

    private WorkflowGraph(List<Step> steps, List<Edge> edges) {
        this.steps = List.copyOf(steps);
        this.edges = List.copyOf(edges);
        for (Step step : this.steps) {
            if (byId.putIfAbsent(step.id(), step) != null) {
                throw new IllegalArgumentException("Two steps have the id '" + step.id() + "'; each step needs its own.");
            }
            outgoing.put(step.id(), new ArrayList<>());
            incoming.put(step.id(), new ArrayList<>());
        }
        for (Edge edge : this.edges) {
            requireKnown(edge.from(), edge);
            requireKnown(edge.to(), edge);
            if (edge.from().equals(edge.to())) {
                throw new IllegalArgumentException("The step '" + edge.from() + "' cannot lead to itself.");
            }
            if (outgoing.get(edge.from()).stream().anyMatch(other -> other.to().equals(edge.to()))) {
                throw new IllegalArgumentException(
                        "The step '" + edge.from() + "' leads to '" + edge.to() + "' twice; one edge is enough.");
            }
            outgoing.get(edge.from()).add(edge);
            incoming.get(edge.to()).add(edge);
        }
        topologicalOrder = orderOrRefuseCycle();
    }

    /** A checked graph of these steps and edges; throws {@link IllegalArgumentException} when it is not sound. */
    public static WorkflowGraph of(List<Step> steps, List<Edge> edges) {
        return new WorkflowGraph(Objects.requireNonNull(steps, "steps"), Objects.requireNonNull(edges, "edges"));
    }

    private void requireKnown(String id, Edge edge) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("The edge from '" + edge.from() + "' to '" + edge.to()
                    + "' names '" + id + "', which is not a step of this flow.");
        }
    }

    /** Depth-first search: the order in which each step finishes, reversed; a step met while open is a cycle. */
    private List<Step> orderOrRefuseCycle() {
        Map<String, Boolean> open = new HashMap<>(); // true while on the current path, false once finished
        Deque<Step> finished = new ArrayDeque<>();
        for (Step root : steps) {
            if (!open.containsKey(root.id())) {
                visit(root.id(), open, finished, new ArrayList<>());
            }
        }
        return List.copyOf(finished);
    }

    private void visit(String id, Map<String, Boolean> open, Deque<Step> finished, List<String> path) {
        open.put(id, true);
        path.add(id);
        for (Edge edge : outgoing.get(id)) {
            Boolean state = open.get(edge.to());
            if (Boolean.TRUE.equals(state)) {
                List<String> circle = new ArrayList<>(path.subList(path.indexOf(edge.to()), path.size()));
                circle.add(edge.to());
                throw new IllegalArgumentException("The flow goes round in a circle: " + String.join(" → ", circle)
                        + ". A workflow must always move on to a later step.");
            }
            if (state == null) {
                visit(edge.to(), open, finished, path);
            }
        }
        path.removeLast();
        open.put(id, false);
        finished.push(byId.get(id));
    }

    /** The steps in the order they were given. */
    public List<Step> steps() {
        return steps;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Every step after all the steps that lead to it. */
    public List<Step> topologicalOrder() {
        return topologicalOrder;
    }

    public Optional<Step> step(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The edges that leave {@code id}, in the order given; empty for an unknown id. */
    public List<Edge> outgoing(String id) {
        return Collections.unmodifiableList(outgoing.getOrDefault(id, List.of()));
    }

    /** The edges that arrive at {@code id}, in the order given; empty for an unknown id. */
    public List<Edge> incoming(String id) {
        return Collections.unmodifiableList(incoming.getOrDefault(id, List.of()));
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}

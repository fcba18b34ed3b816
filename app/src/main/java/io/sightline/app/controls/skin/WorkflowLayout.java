package io.sightline.app.controls.skin;

import io.sightline.app.controls.WorkflowGraph;
import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * A layered drawing of a workflow, left to right, in the manner of Sugiyama: each step in the layer after the
 * longest path that leads to it; an edge that spans layers passes through a reserved slot in each layer between
 * (so it never runs through a step); steps ordered within their layers by the barycentre of their neighbours to
 * reduce crossings; then each step moved towards the mean height of its neighbours, keeping the order and the
 * gaps, so that branches fan out around their source and joins sit between their inputs. Pure computation.
 */
final class WorkflowLayout {
    static final double PADDING = 16;
    static final double LAYER_GAP = 44;
    static final double ROW_GAP = 18;
    /** The height an edge passing through a layer reserves there. */
    static final double PASSAGE_HEIGHT = 6;
    private static final int ORDERING_ROUNDS = 6;
    private static final int STRAIGHTENING_ROUNDS = 8;

    /** Where each step goes, the points each edge's curve passes through, and the size of the whole drawing. */
    record Placement(Map<String, Bounds> boxes, Map<Edge, List<Point2D>> routes, double width, double height) {
    }

    /** A step, or an edge's passage through a layer (then {@code step} is null). */
    private static final class Vertex {
        final Step step;
        final int layer;
        final double width;
        final double height;
        final List<Vertex> before = new ArrayList<>();
        final List<Vertex> after = new ArrayList<>();
        int index;
        double x;
        double y; // centre

        Vertex(Step step, int layer, Dimension2D size) {
            this.step = step;
            this.layer = layer;
            this.width = size.getWidth();
            this.height = size.getHeight();
        }
    }

    private final List<List<Vertex>> layers = new ArrayList<>();
    private final List<Double> columnWidths = new ArrayList<>();

    private WorkflowLayout() {
    }

    static Placement of(WorkflowGraph graph, Function<Step, Dimension2D> sizeOf) {
        return new WorkflowLayout().place(graph, sizeOf);
    }

    private Placement place(WorkflowGraph graph, Function<Step, Dimension2D> sizeOf) {
        Map<String, Vertex> vertices = new LinkedHashMap<>();
        for (Step step : graph.topologicalOrder()) {
            int layer = graph.incoming(step.id()).stream().mapToInt(e -> vertices.get(e.from()).layer + 1).max().orElse(0);
            Vertex vertex = new Vertex(step, layer, sizeOf.apply(step));
            vertices.put(step.id(), vertex);
            layer(layer).add(vertex);
        }
        Map<Edge, List<Vertex>> chains = new LinkedHashMap<>();
        for (Step step : graph.topologicalOrder()) {
            for (Edge edge : graph.outgoing(step.id())) {
                chains.put(edge, chain(vertices.get(edge.from()), vertices.get(edge.to())));
            }
        }
        orderWithinLayers();
        placeColumns();
        straighten();
        return placement(vertices, chains);
    }

    private List<Vertex> layer(int index) {
        while (layers.size() <= index) {
            layers.add(new ArrayList<>());
        }
        return layers.get(index);
    }

    /** The edge's vertices from its source to its target, with a passage in every layer it crosses. */
    private List<Vertex> chain(Vertex from, Vertex to) {
        List<Vertex> chain = new ArrayList<>(List.of(from));
        for (int layer = from.layer + 1; layer < to.layer; layer++) {
            Vertex passage = new Vertex(null, layer, new Dimension2D(0, PASSAGE_HEIGHT));
            layer(layer).add(passage);
            chain.add(passage);
        }
        chain.add(to);
        for (int i = 1; i < chain.size(); i++) {
            chain.get(i - 1).after.add(chain.get(i));
            chain.get(i).before.add(chain.get(i - 1));
        }
        return chain;
    }

    // ---- order within layers

    private void orderWithinLayers() {
        reindex();
        List<List<Vertex>> best = snapshot();
        int fewest = crossings();
        for (int round = 0; round < ORDERING_ROUNDS && fewest > 0; round++) {
            boolean down = round % 2 == 0;
            for (int i = 0; i < layers.size(); i++) {
                int layer = down ? i : layers.size() - 1 - i;
                sortByBarycentre(layers.get(layer), down);
            }
            int now = crossings();
            if (now < fewest) {
                fewest = now;
                best = snapshot();
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            layers.set(i, best.get(i));
        }
        reindex();
    }

    private static void sortByBarycentre(List<Vertex> layer, boolean byPredecessors) {
        Map<Vertex, Double> key = new HashMap<>();
        for (Vertex vertex : layer) {
            List<Vertex> neighbours = byPredecessors ? vertex.before : vertex.after;
            key.put(vertex, neighbours.isEmpty() ? vertex.index
                    : neighbours.stream().mapToInt(n -> n.index).average().orElseThrow());
        }
        layer.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).index = i;
        }
    }

    private void reindex() {
        for (List<Vertex> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                layer.get(i).index = i;
            }
        }
    }

    private List<List<Vertex>> snapshot() {
        return layers.stream().map(layer -> (List<Vertex>) new ArrayList<>(layer)).toList();
    }

    /** How many pairs of segments between neighbouring layers cross. */
    private int crossings() {
        int count = 0;
        for (List<Vertex> layer : layers) {
            List<int[]> segments = new ArrayList<>();
            for (Vertex from : layer) {
                for (Vertex to : from.after) {
                    segments.add(new int[] {from.index, to.index});
                }
            }
            for (int i = 0; i < segments.size(); i++) {
                for (int j = i + 1; j < segments.size(); j++) {
                    int[] a = segments.get(i);
                    int[] b = segments.get(j);
                    if ((a[0] - b[0]) * (a[1] - b[1]) < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // ---- coordinates

    private void placeColumns() {
        double x = PADDING;
        for (List<Vertex> layer : layers) {
            double width = layer.stream().mapToDouble(v -> v.width).max().orElse(0);
            for (Vertex vertex : layer) {
                vertex.x = x + (width - vertex.width) / 2;
            }
            columnWidths.add(width);
            x += width + LAYER_GAP;
        }
    }

    private double columnLeft(int layer) {
        double x = PADDING;
        for (int i = 0; i < layer; i++) {
            x += columnWidths.get(i) + LAYER_GAP;
        }
        return x;
    }

    /** Stacks each layer about the same middle line, then pulls every vertex towards its neighbours. */
    private void straighten() {
        for (List<Vertex> layer : layers) {
            double[] offset = offsets(layer);
            for (int i = 0; i < layer.size(); i++) {
                layer.get(i).y = offset[i] - offset[layer.size() - 1] / 2;
            }
        }
        for (int round = 0; round < STRAIGHTENING_ROUNDS; round++) {
            boolean down = round % 2 == 0;
            for (int i = 1; i < layers.size(); i++) {
                List<Vertex> layer = layers.get(down ? i : layers.size() - 1 - i);
                double[] wanted = new double[layer.size()];
                for (int k = 0; k < layer.size(); k++) {
                    Vertex vertex = layer.get(k);
                    List<Vertex> neighbours = down ? vertex.before : vertex.after;
                    wanted[k] = neighbours.isEmpty() ? vertex.y
                            : neighbours.stream().mapToDouble(n -> n.y).average().orElseThrow();
                }
                placeInOrder(layer, wanted);
            }
        }
    }

    /**
     * Puts the layer's vertices as near their wanted heights as their order and gaps allow, by pooling adjacent
     * violators: with each vertex's least offset from the first one taken off, the order constraint reads "each
     * block no higher than the next", and the least-squares answer averages the blocks that would break it.
     */
    private static void placeInOrder(List<Vertex> layer, double[] wanted) {
        double[] offset = offsets(layer);
        List<double[]> blocks = new ArrayList<>(); // {first index, count, sum of (wanted - offset)}
        for (int i = 0; i < layer.size(); i++) {
            double[] block = {i, 1, wanted[i] - offset[i]};
            while (!blocks.isEmpty() && mean(blocks.getLast()) > mean(block)) {
                double[] previous = blocks.removeLast();
                block = new double[] {previous[0], previous[1] + block[1], previous[2] + block[2]};
            }
            blocks.add(block);
        }
        for (double[] block : blocks) {
            for (int i = (int) block[0]; i < block[0] + block[1]; i++) {
                layer.get(i).y = mean(block) + offset[i];
            }
        }
    }

    /** Each vertex's least distance below the first of its layer. */
    private static double[] offsets(List<Vertex> layer) {
        double[] offset = new double[layer.size()];
        for (int i = 1; i < layer.size(); i++) {
            offset[i] = offset[i - 1] + separation(layer.get(i - 1), layer.get(i));
        }
        return offset;
    }

    private static double mean(double[] block) {
        return block[2] / block[1];
    }

    private static double separation(Vertex upper, Vertex lower) {
        double gap = upper.step == null || lower.step == null ? ROW_GAP / 2 : ROW_GAP;
        return (upper.height + lower.height) / 2 + gap;
    }

    private Placement placement(Map<String, Vertex> vertices, Map<Edge, List<Vertex>> chains) {
        List<Vertex> all = layers.stream().flatMap(List::stream).toList();
        double top = all.stream().mapToDouble(v -> v.y - v.height / 2).min().orElse(0);
        double shift = PADDING - top;
        Map<String, Bounds> boxes = new LinkedHashMap<>();
        vertices.forEach((id, v) -> boxes.put(id, new BoundingBox(v.x, v.y + shift - v.height / 2, v.width, v.height)));
        Map<Edge, List<Point2D>> routes = new LinkedHashMap<>();
        chains.forEach((edge, chain) -> routes.put(edge, route(chain, shift)));
        double width = layers.isEmpty() ? 0 : columnLeft(layers.size() - 1) + columnWidths.getLast() + PADDING;
        double height = all.stream().mapToDouble(v -> v.y + shift + v.height / 2).max().orElse(0) + PADDING;
        return new Placement(boxes, routes, width, height);
    }

    /** From the source's right side, straight across each layer the edge passes, to the target's left side. */
    private List<Point2D> route(List<Vertex> chain, double shift) {
        Vertex from = chain.getFirst();
        Vertex to = chain.getLast();
        List<Point2D> points = new ArrayList<>(List.of(new Point2D(from.x + from.width, from.y + shift)));
        for (Vertex passage : chain.subList(1, chain.size() - 1)) {
            double left = columnLeft(passage.layer);
            points.add(new Point2D(left, passage.y + shift));
            points.add(new Point2D(left + columnWidths.get(passage.layer), passage.y + shift));
        }
        points.add(new Point2D(to.x, to.y + shift));
        return points;
    }
}

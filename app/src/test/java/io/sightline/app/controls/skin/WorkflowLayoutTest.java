package io.sightline.app.controls.skin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.sightline.app.controls.StepKind;
import io.sightline.app.controls.WorkflowGraph;
import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class WorkflowLayoutTest {

    private static WorkflowLayout.Placement layOut(List<String> ids, List<Edge> edges) {
        List<Step> steps = ids.stream().map(id -> new Step(id, id, StepKind.ACTION)).toList();
        return WorkflowLayout.of(WorkflowGraph.of(steps, edges), step -> WorkflowDiagramSkin.sizeOf(step.kind()));
    }

    @Test
    void aBranchFansOutAroundItsSourceAndTheJoinSitsLevelWithIt() {
        Map<String, Bounds> boxes = layOut(List.of("a", "b", "c", "d"),
                List.of(new Edge("a", "b"), new Edge("a", "c"), new Edge("b", "d"), new Edge("c", "d"))).boxes();

        double a = boxes.get("a").getCenterY();
        assertThat(Math.min(boxes.get("b").getCenterY(), boxes.get("c").getCenterY())).isLessThan(a);
        assertThat(Math.max(boxes.get("b").getCenterY(), boxes.get("c").getCenterY())).isGreaterThan(a);
        assertThat(boxes.get("d").getCenterY()).isCloseTo(a, offset(1.0));
        assertThat(boxes.get("b").getMinX()).isEqualTo(boxes.get("c").getMinX()).isGreaterThan(boxes.get("a").getMaxX());
    }

    @Test
    void ordersALayerSoThatEdgesDoNotCross() {
        for (List<String> given : List.of(List.of("a", "b", "c", "d"), List.of("b", "a", "d", "c"),
                List.of("a", "b", "d", "c"))) {
            Map<String, Bounds> boxes = layOut(given, List.of(new Edge("a", "d"), new Edge("b", "c"))).boxes();

            double sources = boxes.get("a").getCenterY() - boxes.get("b").getCenterY();
            double targets = boxes.get("d").getCenterY() - boxes.get("c").getCenterY();
            assertThat(sources * targets).as("given in the order " + given).isPositive();
        }
    }

    @Test
    void anEdgeAcrossLayersGoesAroundTheStepsInBetween() {
        WorkflowLayout.Placement placement = layOut(List.of("a", "b", "c", "d", "e"), List.of(new Edge("a", "b"),
                new Edge("b", "c"), new Edge("c", "d"), new Edge("a", "e"), new Edge("d", "e")));

        List<Point2D> route = placement.routes().get(new Edge("a", "e"));
        assertThat(route).hasSize(2 + 2 * 3); // both ends, and across each of the three layers between
        for (String between : List.of("b", "c", "d")) {
            Bounds box = placement.boxes().get(between);
            for (int i = 1; i < route.size(); i++) {
                for (double t = 0; t <= 1; t += 0.05) {
                    assertThat(box.contains(pointOn(route.get(i - 1), route.get(i), t))).as("through " + between).isFalse();
                }
            }
        }
    }

    /** The curve the diagram draws between two route points: both tangents horizontal. */
    private static Point2D pointOn(Point2D from, Point2D to, double t) {
        double bend = (to.getX() - from.getX()) / 2;
        double u = 1 - t;
        double x = u * u * u * from.getX() + 3 * u * u * t * (from.getX() + bend) + 3 * u * t * t * (to.getX() - bend)
                + t * t * t * to.getX();
        double y = from.getY() + (to.getY() - from.getY()) * (3 * t * t - 2 * t * t * t);
        return new Point2D(x, y);
    }
}

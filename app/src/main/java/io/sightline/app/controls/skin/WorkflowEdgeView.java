package io.sightline.app.controls.skin;

import io.sightline.app.controls.StepState;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.controls.WorkflowGraph.Edge;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/**
 * One edge: a smooth curve through its route with an arrow head, and its label if it has one. Once its ends'
 * states say so it is the branch taken (highlighted) or the branch not taken (dimmed and dashed).
 */
final class WorkflowEdgeView extends Group {
    static final String LINE_CLASS = "edge-line";
    static final String HEAD_CLASS = "edge-head";
    /** Set when the flow went along this edge: its source finished and its target was reached. */
    static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    /** Set when the flow will not go along this edge: either end was skipped. */
    static final PseudoClass UNTAKEN = PseudoClass.getPseudoClass("untaken");
    private static final double HEAD_LENGTH = 8;
    private static final double HEAD_HALF_WIDTH = 4.5;

    private final Edge edge;
    private final FadeTransition easeIn = new FadeTransition(WorkflowStepView.COLOUR_FADE, this);

    WorkflowEdgeView(Edge edge, List<Point2D> route) {
        this.edge = edge;
        getStyleClass().add(WorkflowDiagram.EDGE_CLASS);
        getProperties().put(WorkflowDiagram.EDGE_KEY, edge);
        setMouseTransparent(true);
        Path line = curve(route);
        line.getStyleClass().add(LINE_CLASS);
        Point2D end = route.getLast();
        Polygon head = new Polygon(end.getX(), end.getY(), end.getX() - HEAD_LENGTH, end.getY() - HEAD_HALF_WIDTH,
                end.getX() - HEAD_LENGTH, end.getY() + HEAD_HALF_WIDTH);
        head.getStyleClass().add(HEAD_CLASS);
        getChildren().addAll(line, head);
        if (!edge.label().isEmpty()) {
            getChildren().add(label(edge.label(), route));
        }
        easeIn.setFromValue(0.35);
        easeIn.setToValue(1);
    }

    /**
     * Cubic segments between the route's points, each leaving and arriving horizontally, so that the curve is
     * smooth where segments meet; the last one stops short of the target to leave room for the arrow head.
     */
    private static Path curve(List<Point2D> route) {
        Path path = new Path(new MoveTo(route.getFirst().getX(), route.getFirst().getY()));
        for (int i = 1; i < route.size(); i++) {
            Point2D from = route.get(i - 1);
            Point2D to = route.get(i);
            double endX = i == route.size() - 1 ? to.getX() - HEAD_LENGTH + 1 : to.getX();
            double bend = (endX - from.getX()) / 2;
            path.getElements().add(new CubicCurveTo(from.getX() + bend, from.getY(), endX - bend, to.getY(), endX, to.getY()));
        }
        return path;
    }

    /** The outcome's word beside the start of the edge, where the branches fan out from their source. */
    private static Label label(String text, List<Point2D> route) {
        Label label = new Label(text);
        label.getStyleClass().add(WorkflowDiagram.EDGE_LABEL_CLASS);
        Point2D from = route.get(0);
        Point2D to = route.get(1);
        // with both tangents horizontal, the curve's point at t = 0.5 is the midpoint of its ends: in the gap
        label.setLayoutX((from.getX() + to.getX()) / 2);
        label.setLayoutY((from.getY() + to.getY()) / 2);
        label.translateXProperty().bind(label.widthProperty().divide(-2));
        label.translateYProperty().bind(label.heightProperty().divide(-2));
        return label;
    }

    Edge edge() {
        return edge;
    }

    /** Highlights or dims the edge for its ends' states; eases in when {@code animate} and the look changed. */
    void show(StepState from, StepState to, boolean animate) {
        boolean untaken = from == StepState.SKIPPED || to == StepState.SKIPPED;
        boolean taken = !untaken && from.finished() && to.reached();
        boolean changed = getPseudoClassStates().contains(TAKEN) != taken
                || getPseudoClassStates().contains(UNTAKEN) != untaken;
        pseudoClassStateChanged(TAKEN, taken);
        pseudoClassStateChanged(UNTAKEN, untaken);
        if (animate && changed) {
            easeIn.playFromStart();
        }
    }

    void dispose() {
        easeIn.stop();
    }
}

package io.sightline.app.controls.skin;

import io.sightline.app.controls.StepKind;
import io.sightline.app.controls.StepState;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.controls.WorkflowGraph;
import io.sightline.app.controls.WorkflowGraph.Edge;
import io.sightline.app.controls.WorkflowGraph.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Lays the graph out once per graph ({@link WorkflowLayout}), builds a node per step and per edge, and from
 * then on answers a state or caption change by restyling that step and its edges only. Scrolls when the flow is
 * wider than the room it is given, after shrinking it a little; centres it when there is room to spare. A step
 * that starts running or waiting is scrolled into sight, so that whoever watches a flow sees where it is.
 */
public class WorkflowDiagramSkin extends SkinBase<WorkflowDiagram> {
    /** Room for the kind and state, a title of two lines and a caption. */
    static final Dimension2D STEP_SIZE = new Dimension2D(168, 76);
    /** Room for a title of two short lines beside the marks, such as "Quality gates passed". */
    static final Dimension2D ROUTING_SIZE = new Dimension2D(144, 44);
    static final Dimension2D TERMINAL_SIZE = new Dimension2D(80, 34);
    /** How far a wide flow is shrunk to fit the width it is given before it scrolls instead. */
    static final double LEAST_SCALE = 0.8;

    private final Pane canvas = new Pane();
    private final ScrollPane scroller;
    private final Map<String, WorkflowStepView> steps = new LinkedHashMap<>();
    private final Map<String, List<WorkflowEdgeView>> edgesOfStep = new HashMap<>();
    private final MapChangeListener<String, StepState> onState = change -> restyle(change.getKey(), true);
    private final MapChangeListener<String, String> onCaption = change -> showCaption(change.getKey());
    /** The step to bring into sight once the scroll pane knows its sizes; null when there is none. */
    private String followed;

    public WorkflowDiagramSkin(WorkflowDiagram control) {
        super(control);
        canvas.getStyleClass().add("canvas");
        canvas.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        canvas.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // the group's bounds include the canvas's scale, so the scroll pane sees the size drawn
        scroller = new ScrollPane(new StackPane(new Group(canvas)));
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setFocusTraversable(false); // the steps take the focus, one by one
        getChildren().add(scroller);

        control.getStates().addListener(onState);
        control.getCaptions().addListener(onCaption);
        registerChangeListener(control.graphProperty(), obs -> rebuild());
        registerChangeListener(control.selectedStepProperty(), obs -> showSelection());
        // the sizes a reveal needs are known only after a layout pass
        registerChangeListener(scroller.viewportBoundsProperty(), obs -> revealFollowed());
        registerChangeListener(scroller.getContent().layoutBoundsProperty(), obs -> revealFollowed());
        rebuild();
    }

    /** The one place that lays out: a new graph gets new nodes at new places. */
    private void rebuild() {
        steps.values().forEach(WorkflowStepView::dispose);
        edgesOfStep.values().stream().flatMap(List::stream).distinct().forEach(WorkflowEdgeView::dispose);
        steps.clear();
        edgesOfStep.clear();
        followed = null;

        WorkflowGraph graph = getSkinnable().getGraph();
        WorkflowLayout.Placement placement = WorkflowLayout.of(graph, step -> sizeOf(step.kind()));
        List<WorkflowEdgeView> edges = new ArrayList<>();
        placement.routes().forEach((edge, route) -> {
            WorkflowEdgeView view = new WorkflowEdgeView(edge, route);
            view.setManaged(false);
            edges.add(view);
            edgesOfStep.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(view);
            edgesOfStep.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(view);
        });
        for (Step step : graph.steps()) {
            Bounds box = placement.boxes().get(step.id());
            WorkflowStepView view = new WorkflowStepView(step, new Dimension2D(box.getWidth(), box.getHeight()));
            // unmanaged, so that a change inside a step is laid out there and goes no further up the scene
            view.setManaged(false);
            view.resizeRelocate(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
            view.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                pick(view);
                event.consume(); // or the scroll pane would take the focus from the step
            });
            view.addEventHandler(KeyEvent.KEY_PRESSED, event -> onKey(view, event));
            steps.put(step.id(), view);
        }
        List<Node> children = new ArrayList<>(edges);
        children.addAll(steps.values());
        canvas.getChildren().setAll(children);
        canvas.setPrefSize(placement.width(), placement.height());
        steps.keySet().forEach(id -> restyle(id, false));
        steps.keySet().forEach(this::showCaption);
        // a flow shown with steps already under way opens on the furthest of them
        steps.keySet().stream().filter(id -> active(getSkinnable().getState(id))).reduce((a, b) -> b)
                .ifPresent(id -> followed = id);
        showSelection();
        getSkinnable().setAccessibleText(graph.isEmpty() ? "An empty workflow"
                : "A workflow of " + graph.steps().size() + " steps");
    }

    static Dimension2D sizeOf(StepKind kind) {
        return switch (kind) {
            case START, END -> TERMINAL_SIZE;
            case BRANCH, JOIN -> ROUTING_SIZE;
            default -> STEP_SIZE;
        };
    }

    private void restyle(String stepId, boolean animate) {
        WorkflowStepView view = steps.get(stepId);
        if (view == null) {
            return;
        }
        WorkflowDiagram control = getSkinnable();
        StepState before = view.shown();
        StepState now = control.getState(stepId);
        view.show(now, animate);
        if (animate && before != now && active(now)) {
            followed = stepId;
            revealFollowed();
        }
        for (WorkflowEdgeView edge : edgesOfStep.getOrDefault(stepId, List.of())) {
            Edge e = edge.edge();
            edge.show(control.getState(e.from()), control.getState(e.to()), animate);
        }
    }

    private static boolean active(StepState state) {
        return state == StepState.RUNNING || state == StepState.WAITING;
    }

    private void showCaption(String stepId) {
        WorkflowStepView view = steps.get(stepId);
        if (view != null) {
            view.setCaption(getSkinnable().getCaption(stepId));
        }
    }

    /** Marks the selected step and scrolls it into view, however it was selected (a click, a key, the page). */
    private void showSelection() {
        String selected = getSkinnable().getSelectedStep();
        steps.forEach((id, view) -> view.setSelected(id.equals(selected)));
        WorkflowStepView view = selected == null ? null : steps.get(selected);
        if (view != null && scroller.getViewportBounds().getWidth() > 0) {
            reveal(view);
        }
    }

    private void pick(WorkflowStepView view) {
        getSkinnable().setSelectedStep(view.stepId());
        view.requestFocus();
        reveal(view);
    }

    /** Arrow keys move to the nearest step that way; Enter and Space pick the step that has the focus. */
    private void onKey(WorkflowStepView from, KeyEvent event) {
        Bounds at = from.getBoundsInParent();
        Optional<WorkflowStepView> next = switch (event.getCode()) {
            case RIGHT -> nearest(at, b -> b.getMinX() >= at.getMaxX());
            case LEFT -> nearest(at, b -> b.getMaxX() <= at.getMinX());
            case DOWN -> nearest(at, b -> b.getMinY() >= at.getMaxY());
            case UP -> nearest(at, b -> b.getMaxY() <= at.getMinY());
            case ENTER, SPACE -> Optional.of(from);
            default -> Optional.empty();
        };
        next.ifPresent(view -> {
            pick(view);
            event.consume();
        });
        if (event.getCode() == KeyCode.ESCAPE && getSkinnable().getSelectedStep() != null) {
            getSkinnable().setSelectedStep(null);
            event.consume();
        }
    }

    /** Of the steps whose bounds pass {@code that way}, the closest, sideways distance counting double. */
    private Optional<WorkflowStepView> nearest(Bounds at, Predicate<Bounds> thatWay) {
        return steps.values().stream().filter(view -> thatWay.test(view.getBoundsInParent()))
                .min(Comparator.comparingDouble(view -> distance(at, view.getBoundsInParent())));
    }

    private static double distance(Bounds a, Bounds b) {
        double dx = Math.abs(a.getCenterX() - b.getCenterX());
        double dy = Math.abs(a.getCenterY() - b.getCenterY());
        return dx + dy + Math.min(dx, dy);
    }

    /** Scrolls to the step that last started running or waiting, once the scroll pane has been laid out. */
    private void revealFollowed() {
        WorkflowStepView view = followed == null ? null : steps.get(followed);
        if (view == null || scroller.getViewportBounds().getWidth() <= 0
                || scroller.getContent().getLayoutBounds().getWidth() <= 0) {
            return;
        }
        reveal(view);
        followed = null;
    }

    /** Scrolls so that {@code view} is in sight, when the flow does not fit. */
    private void reveal(WorkflowStepView view) {
        Bounds content = scroller.getContent().getLayoutBounds();
        Bounds viewport = scroller.getViewportBounds();
        Bounds box = view.localToScene(view.getLayoutBounds());
        Bounds inContent = scroller.getContent().sceneToLocal(box);
        double spareX = content.getWidth() - viewport.getWidth();
        double spareY = content.getHeight() - viewport.getHeight();
        if (spareX > 0) {
            double left = scroller.getHvalue() * spareX;
            if (inContent.getMinX() < left || inContent.getMaxX() > left + viewport.getWidth()) {
                scroller.setHvalue(clamp((inContent.getCenterX() - viewport.getWidth() / 2) / spareX));
            }
        }
        if (spareY > 0) {
            double top = scroller.getVvalue() * spareY;
            if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport.getHeight()) {
                scroller.setVvalue(clamp((inContent.getCenterY() - viewport.getHeight() / 2) / spareY));
            }
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double wanted = canvas.getPrefWidth();
        double scale = wanted <= w || w <= 0 ? 1 : Math.max(LEAST_SCALE, w / wanted);
        canvas.setScaleX(scale);
        canvas.setScaleY(scale);
        super.layoutChildren(x, y, w, h);
    }

    @Override
    public void dispose() {
        getSkinnable().getStates().removeListener(onState);
        getSkinnable().getCaptions().removeListener(onCaption);
        steps.values().forEach(WorkflowStepView::dispose);
        edgesOfStep.values().stream().flatMap(List::stream).distinct().forEach(WorkflowEdgeView::dispose);
        super.dispose();
    }
}

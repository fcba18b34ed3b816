package io.sightline.app.controls;

import io.sightline.app.controls.skin.WorkflowDiagramSkin;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A workflow's graph drawn left to right, each step showing its kind, its state and a short caption. The
 * diagram shows what it is told and nothing else: a step changes state only when {@link #setState} is called
 * (animations only ease between the states set). Use it on the FX thread, like any control.
 */
public class WorkflowDiagram extends Control {
    public static final String STYLE_CLASS = "workflow-diagram";
    public static final String STEP_CLASS = "workflow-step";
    public static final String EDGE_CLASS = "workflow-edge";
    public static final String EDGE_LABEL_CLASS = "edge-label";
    /** The key under which each step's node keeps its step id in {@code Node.getProperties()}. */
    public static final String STEP_ID_KEY = "workflow-step-id";
    /** The key under which each edge's node keeps its {@link WorkflowGraph.Edge} in {@code Node.getProperties()}. */
    public static final String EDGE_KEY = "workflow-edge";
    public static final String STYLESHEET = "/io/sightline/assets/theme/workflow-diagram.css";

    private final ObjectProperty<WorkflowGraph> graph = new SimpleObjectProperty<>(this, "graph", WorkflowGraph.EMPTY);
    private final ObservableMap<String, StepState> states = FXCollections.observableHashMap();
    private final ObservableMap<String, String> captions = FXCollections.observableHashMap();
    // One read-only view each, kept: a view listens to its map weakly, so a view made per call could be collected.
    private final ObservableMap<String, StepState> readOnlyStates = FXCollections.unmodifiableObservableMap(states);
    private final ObservableMap<String, String> readOnlyCaptions = FXCollections.unmodifiableObservableMap(captions);
    private final ObjectProperty<String> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");

    public WorkflowDiagram() {
        getStyleClass().add(STYLE_CLASS);
        graph.addListener((obs, old, now) -> forgetStepsNotIn(now));
    }

    /** What a new graph keeps: the states, captions and selection of the steps it still has. */
    private void forgetStepsNotIn(WorkflowGraph now) {
        states.keySet().removeIf(id -> !now.contains(id));
        captions.keySet().removeIf(id -> !now.contains(id));
        if (getSelectedStep() != null && !now.contains(getSelectedStep())) {
            setSelectedStep(null);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WorkflowDiagramSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(WorkflowDiagram.class.getResource(STYLESHEET),
                "workflow-diagram.css is missing from the assets jar").toExternalForm();
    }

    /** The flow drawn; never null ({@link WorkflowGraph#EMPTY} draws nothing). */
    public ObjectProperty<WorkflowGraph> graphProperty() {
        return graph;
    }

    public WorkflowGraph getGraph() {
        return graph.get();
    }

    public void setGraph(WorkflowGraph value) {
        graph.set(Objects.requireNonNull(value, "graph; use WorkflowGraph.EMPTY for none"));
    }

    /** Each step's state as set; a step not in the map is {@link StepState#PENDING}. */
    public ObservableMap<String, StepState> getStates() {
        return readOnlyStates;
    }

    public StepState getState(String stepId) {
        return states.getOrDefault(stepId, StepState.PENDING);
    }

    /** Shows {@code stepId} in {@code state}; refuses a step that is not in the graph. */
    public void setState(String stepId, StepState state) {
        requireStep(stepId);
        states.put(stepId, Objects.requireNonNull(state, "state"));
    }

    /** Each step's short caption as set, e.g. "AUC 0.91 ≥ 0.85"; a step not in the map has none. */
    public ObservableMap<String, String> getCaptions() {
        return readOnlyCaptions;
    }

    public String getCaption(String stepId) {
        return captions.getOrDefault(stepId, "");
    }

    /** Shows {@code caption} under the step's title; an empty or null caption removes it. */
    public void setCaption(String stepId, String caption) {
        requireStep(stepId);
        if (caption == null || caption.isBlank()) {
            captions.remove(stepId);
        } else {
            captions.put(stepId, caption);
        }
    }

    private void requireStep(String stepId) {
        if (!getGraph().contains(stepId)) {
            throw new IllegalArgumentException("There is no step '" + stepId + "' in the flow shown.");
        }
    }

    /** The id of the step picked by a click or the keyboard (for a details pane), or null. */
    public ObjectProperty<String> selectedStepProperty() {
        return selectedStep;
    }

    public String getSelectedStep() {
        return selectedStep.get();
    }

    public void setSelectedStep(String stepId) {
        selectedStep.set(stepId);
    }
}

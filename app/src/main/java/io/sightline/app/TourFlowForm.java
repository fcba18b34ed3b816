package io.sightline.app;

import io.sightline.app.workspace.mlops.FlowRow;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.PlatformException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The Flows tab's start form as the demo tour fills it, the way a person would (choosing, typing, clicking
 * Start), and the flow it follows afterwards: the newest of a definition, read in the background.
 */
final class TourFlowForm {
    private final Stage stage;
    private final Flows flows;
    private static final int LISTED = 50;
    /** The flow followed, read in the background, looked at on the FX thread. */
    private final AtomicReference<Flow> followed = new AtomicReference<>();
    /** The flows there were when Start was last clicked. */
    private volatile Set<String> startedBefore = Set.of();

    TourFlowForm(Stage stage, Flows flows) {
        this.stage = stage;
        this.flows = flows;
    }

    /** Chooses the flow definition {@code id} in the form. */
    void choose(String definitionId) {
        if (stage.getScene().lookup("#flow-definition") instanceof ComboBox<?> box) {
            box.getItems().stream().filter(item -> item instanceof FlowDefinition d && d.id().equals(definitionId))
                    .findFirst().ifPresent(item -> box.getSelectionModel().select(box.getItems().indexOf(item)));
        }
    }

    /** Chooses the newest version of the model chosen. */
    void chooseNewestVersion() {
        if (stage.getScene().lookup("#flow-version") instanceof ComboBox<?> versions && !versions.getItems().isEmpty()) {
            versions.getSelectionModel().select(0);
        }
    }

    /** Sets the model or deployment box {@code #id} (a name typed in, or none). */
    @SuppressWarnings("unchecked")
    void name(String id, String name) {
        if (stage.getScene().lookup("#" + id) instanceof ComboBox<?> box) {
            ((ComboBox<String>) box).setValue(name);
        }
    }

    /** The model the form has chosen, or null. */
    String model() {
        return stage.getScene().lookup("#flow-model") instanceof ComboBox<?> box && box.getValue() instanceof String name
                ? name : null;
    }

    /** Whether the form's Start button may be clicked. */
    boolean canStart() {
        return stage.getScene().lookup("#flow-start") instanceof Button start && !start.isDisabled();
    }

    /** Shows the flow {@code flowId} on the page, as a click on it in the list of flows does. */
    void show(String flowId) {
        if (stage.getScene().lookup("#flows-list") instanceof ListView<?> list) {
            list.getItems().stream().filter(row -> row instanceof FlowRow r && r.id().equals(flowId)).findFirst()
                    .ifPresent(row -> list.getSelectionModel().select(list.getItems().indexOf(row)));
        }
    }

    /** Types {@code text} into the field of the flow parameter {@code parameter}. */
    void type(String parameter, String text) {
        if (stage.getScene().lookup("#flow-parameter-" + parameter) instanceof TextField field) {
            field.setText(text);
        }
    }

    /**
     * Clicks Start; from then on {@link #readNewest} reads only flows started since (the tour may wait on the FX
     * thread for the engine to list the flows before: a picture tool, not the console).
     */
    void start() {
        startedBefore = flows.flows(LISTED).stream().map(Flow::id).collect(Collectors.toUnmodifiableSet());
        followed.set(null);
        if (stage.getScene().lookup("#flow-start") instanceof Button start) {
            start.fire();
        }
    }

    /** The flow followed as last read, or null. */
    Flow followed() {
        return followed.get();
    }

    /** Whether the flow followed is of {@code definition} and satisfies {@code reached} or has ended. */
    boolean reached(String definition, Predicate<Flow> reached) {
        Flow flow = followed.get();
        return flow != null && flow.definition().id().equals(definition) && (reached.test(flow) || flow.state().ended());
    }

    /**
     * Reads, in the background, the newest flow of {@code definition} started since the last {@link #start} (a
     * flow it starts in turn is of another definition, and skipped).
     */
    void readNewest(String definition) {
        Set<String> before = startedBefore;
        Thread.ofVirtual().start(() -> {
            try {
                flows.flows(LISTED).stream().filter(flow -> !before.contains(flow.id()))
                        .filter(flow -> flow.definition().id().equals(definition)).findFirst()
                        .ifPresent(followed::set);
            } catch (PlatformException e) {
                System.err.println("Could not read the flows yet: " + e.getMessage());
            }
        });
    }

    /** Reads, in the background, the flow {@code flowId}. */
    void read(String flowId) {
        Thread.ofVirtual().start(() -> {
            try {
                followed.set(flows.flow(flowId));
            } catch (PlatformException e) {
                System.err.println("Could not read the flow yet: " + e.getMessage());
            }
        });
    }
}

package io.sightline.app;

import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.demo.DemoMode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.simulator.release.ChallengerFlowProgress;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The demo tour's pictures of a deployment flow: triggers the challenger flow (flow 1 on a retrained challenger)
 * and pictures the Flows tab while it runs, while its approval waits, once it has finished and with a gate's
 * details; takes a frame each time a step changes state (for the animated capture); then starts the same flow
 * from the form with a metric threshold no model reaches and pictures its rollback branch; last, starts the
 * real-time endpoint flow from the form and pictures it finding the knee and finished. Every state shown is the
 * engine's; the tour only clicks and reads.
 */
final class DemoFlowPictures {
    /** The MLOps workspace's Flows tab. */
    private static final int FLOWS_TAB = 5;
    /** The page reloads a flow on its events, paced; a picture waits for one reload and its drawing. */
    private static final Duration PAGE_CATCHES_UP = Duration.seconds(1.5);

    private final Stage stage;
    private final DemoMode demo;
    private final Path directory;
    /** The flow followed, read in the background, drawn on the FX thread. */
    private final AtomicReference<Flow> followed = new AtomicReference<>();
    private String lastFrame = "";
    private int frames;

    DemoFlowPictures(Stage stage, DemoMode demo, Path directory) {
        this.stage = stage;
        this.demo = demo;
        this.directory = directory;
    }

    /** Runs the flow pictures, then {@code then}. */
    void run(Runnable then) {
        if (stage.getScene().lookup("#mlops-tabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(FLOWS_TAB);
        }
        demo.viewModel().trigger(ScenarioKind.CHALLENGER_FLOW);
        when(flow -> hasStep(flow, StepState.RUNNING) && hasStep(flow, StepState.PASSED), "demo-flow-running.png",
                () -> when(flow -> hasStep(flow, StepState.WAITING_FOR_APPROVAL), "demo-flow-approval.png",
                        () -> when(flow -> flow.state().ended(), "demo-flow-finished.png",
                                () -> selectAndPicture("metric-gate", "demo-flow-gate.png",
                                        () -> rollback(() -> realtimeEndpoint(then))))));
    }

    /** Waits until the followed flow satisfies {@code reached} (or ends), taking frames meanwhile; pictures it. */
    private void when(Predicate<Flow> reached, String fileName, Runnable then) {
        TourSteps.until(() -> {
            Flow flow = followed.get();
            frame(flow);
            return flow != null && (reached.test(flow) || flow.state().ended());
        }, this::readInBackground, () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
            TourSteps.snapshot(stage, directory.resolve(fileName));
            then.run();
        }));
    }

    /** A frame of the animated capture each time a step of the flow changed state. */
    private void frame(Flow flow) {
        if (flow == null) {
            return;
        }
        String states = flow.steps().stream().map(step -> step.state().name()).collect(Collectors.joining(","));
        if (!states.equals(lastFrame)) {
            lastFrame = states;
            TourSteps.snapshot(stage, directory.resolve("flow-frames").resolve(String.format("frame-%03d.png", frames++)));
        }
    }

    private void readInBackground() {
        Thread.ofVirtual().start(() -> {
            try {
                String id = demo.simulator().challengerFlow().map(ChallengerFlowProgress::flowId).orElse("");
                if (!id.isEmpty()) {
                    followed.set(demo.platform().flow(id));
                }
            } catch (PlatformException e) {
                System.err.println("Could not read the flow yet: " + e.getMessage());
            }
        });
    }

    /** Selects a step in the diagram, so that it is in sight and its details show, and pictures the page. */
    private void selectAndPicture(String stepId, String fileName, Runnable then) {
        if (stage.getScene().lookup("#flow-diagram") instanceof WorkflowDiagram diagram) {
            diagram.setSelectedStep(stepId);
        }
        TourSteps.after(PAGE_CATCHES_UP, () -> {
            TourSteps.snapshot(stage, directory.resolve(fileName));
            then.run();
        });
    }

    /** Starts the same flow from the form with a threshold no model reaches, and pictures the rollback it takes. */
    private void rollback(Runnable then) {
        type("flow-parameter-minMetric", "1.01");
        if (stage.getScene().lookup("#flow-start") instanceof Button start) {
            start.fire();
        }
        followed.set(null);
        TourSteps.until(() -> {
            Flow flow = followed.get();
            return flow != null && flow.state().ended() && flow.step("metric-gate").state() == StepState.FAILED;
        }, this::readNewestInBackground, () -> TourSteps.after(PAGE_CATCHES_UP,
                () -> selectAndPicture("metric-gate", "demo-flow-rollback.png", then)));
    }

    /**
     * Starts the real-time endpoint flow from the form on the demo's deployment (a short ramp) and pictures it
     * while it finds the knee and once it has set the capacity and passed its health checks.
     */
    private void realtimeEndpoint(Runnable then) {
        if (stage.getScene().lookup("#flow-definition") instanceof ComboBox<?> box) {
            box.getItems().stream().filter(item -> item instanceof FlowDefinition d && d.id().equals("realtime-endpoint"))
                    .findFirst().ifPresent(item -> box.getSelectionModel().select(box.getItems().indexOf(item)));
        }
        TourSteps.after(PAGE_CATCHES_UP, () -> {
            if (stage.getScene().lookup("#flow-version") instanceof ComboBox<?> versions && !versions.getItems().isEmpty()) {
                versions.getSelectionModel().select(0); // the newest: the version the release flow just promoted
            }
            type("flow-parameter-steps", "4");
            type("flow-parameter-stepSeconds", "2");
            if (stage.getScene().lookup("#flow-start") instanceof Button start) {
                start.fire();
            }
            followed.set(null);
            TourSteps.until(() -> newest("realtime-endpoint", flow -> flow.step("knee").state() == StepState.RUNNING),
                    this::readNewestInBackground, () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
                        TourSteps.snapshot(stage, directory.resolve("demo-flow-endpoint-running.png"));
                        TourSteps.until(() -> newest("realtime-endpoint", flow -> flow.state().ended()),
                                this::readNewestInBackground, () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
                                    TourSteps.snapshot(stage, directory.resolve("demo-flow-endpoint-finished.png"));
                                    then.run();
                                }));
                    }));
        });
    }

    /** Whether the newest flow read is of {@code definition} and satisfies {@code reached} (or has ended). */
    private boolean newest(String definition, Predicate<Flow> reached) {
        Flow flow = followed.get();
        return flow != null && flow.definition().id().equals(definition) && (reached.test(flow) || flow.state().ended());
    }

    private void type(String id, String text) {
        if (stage.getScene().lookup("#" + id) instanceof TextField field) {
            field.setText(text);
        }
    }

    private void readNewestInBackground() {
        Thread.ofVirtual().start(() -> {
            try {
                List<Flow> newest = demo.platform().flows(1);
                if (!newest.isEmpty()) {
                    followed.set(newest.get(0));
                }
            } catch (PlatformException e) {
                System.err.println("Could not read the flows yet: " + e.getMessage());
            }
        });
    }

    private static boolean hasStep(Flow flow, StepState state) {
        return flow.steps().stream().map(StepRun::state).anyMatch(state::equals);
    }
}

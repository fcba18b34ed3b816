package io.sightline.app;

import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.demo.DemoMode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.simulator.release.ChallengerFlowProgress;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The demo tour's pictures of a deployment flow: triggers the challenger flow (flow 1 on a retrained challenger)
 * and pictures the Flows tab while it runs, while its approval waits, once it has finished and with a gate's
 * details; takes a frame each time a step changes state (for the animated capture); then starts the same flow
 * from the form with a metric threshold no model reaches and pictures its rollback branch; last, starts the
 * real-time endpoint flow from the form and pictures it finding the knee and finished; then flows 2 and 4
 * ({@link DemoProjectFlowPictures}). Every state shown is the engine's; the tour only clicks and reads.
 */
final class DemoFlowPictures {
    /** The MLOps workspace's Flows tab. */
    private static final int FLOWS_TAB = 5;
    /** The page reloads a flow on its events, paced; a picture waits for one reload and its drawing. */
    static final Duration PAGE_CATCHES_UP = Duration.seconds(1.5);

    private final Stage stage;
    private final DemoMode demo;
    private final Path directory;
    private final TourFlowForm form;
    private String lastFrame = "";
    private int frames;

    DemoFlowPictures(Stage stage, DemoMode demo, Path directory) {
        this.stage = stage;
        this.demo = demo;
        this.directory = directory;
        this.form = new TourFlowForm(stage, demo.platform());
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
                                        () -> rollback(() -> realtimeEndpoint(
                                                () -> new DemoProjectFlowPictures(this, demo.platform(), form)
                                                        .run(then)))))));
    }

    /** Waits until the followed flow satisfies {@code reached} (or ends), taking frames meanwhile; pictures it. */
    private void when(Predicate<Flow> reached, String fileName, Runnable then) {
        TourSteps.until(() -> {
            Flow flow = form.followed();
            frame(flow);
            return flow != null && (reached.test(flow) || flow.state().ended());
        }, this::readChallengerFlow, () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
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

    private void readChallengerFlow() {
        demo.simulator().challengerFlow().map(ChallengerFlowProgress::flowId).filter(id -> !id.isEmpty())
                .ifPresent(form::read);
    }

    /** Pictures the page as it is, then runs {@code then}. */
    void picture(String fileName, Runnable then) {
        TourSteps.snapshot(stage, directory.resolve(fileName));
        then.run();
    }

    /** Selects a step in the diagram, so that it is in sight and its details show, and pictures the page. */
    void selectAndPicture(String stepId, String fileName, Runnable then) {
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
        form.type("minMetric", "1.01");
        form.start();
        TourSteps.until(() -> form.reached("same-project", flow -> flow.step("metric-gate").state() == StepState.FAILED),
                () -> form.readNewest("same-project"), () -> TourSteps.after(PAGE_CATCHES_UP,
                        () -> selectAndPicture("metric-gate", "demo-flow-rollback.png", then)));
    }

    /**
     * Starts the real-time endpoint flow from the form on the demo's deployment (a short ramp) and pictures it
     * while it finds the knee and once it has set the capacity and passed its health checks.
     */
    private void realtimeEndpoint(Runnable then) {
        form.choose("realtime-endpoint");
        TourSteps.after(PAGE_CATCHES_UP, () -> {
            form.chooseNewestVersion(); // the version the release flow just promoted
            form.type("steps", "4");
            form.type("stepSeconds", "2");
            form.start();
            picturesWhile("realtime-endpoint", flow -> flow.step("knee").state() == StepState.RUNNING,
                    "demo-flow-endpoint-running.png", "demo-flow-endpoint-finished.png", then);
        });
    }

    /**
     * Pictures the newest flow of {@code definition} once it has {@code reachedMidway} (or ended) and once it
     * has ended, then runs {@code then}.
     */
    void picturesWhile(String definition, Predicate<Flow> reachedMidway, String midway, String finished,
            Runnable then) {
        TourSteps.until(() -> form.reached(definition, reachedMidway), () -> form.readNewest(definition),
                () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
                    TourSteps.snapshot(stage, directory.resolve(midway));
                    pictureOnceEnded(definition, finished, then);
                }));
    }

    /** Pictures the newest flow of {@code definition} once it has ended, then runs {@code then}. */
    void pictureOnceEnded(String definition, String finished, Runnable then) {
        TourSteps.until(() -> form.reached(definition, flow -> false), () -> form.readNewest(definition),
                () -> TourSteps.after(PAGE_CATCHES_UP, () -> {
                    TourSteps.snapshot(stage, directory.resolve(finished));
                    then.run();
                }));
    }

    private static boolean hasStep(Flow flow, StepState state) {
        return flow.steps().stream().map(StepRun::state).anyMatch(state::equals);
    }
}

package io.sightline.simulator.release;

import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.api.Training;
import io.sightline.simulator.setup.HistoryTraining;
import java.time.Duration;
import java.util.Map;

/**
 * Runs the built-in release flow ({@value #FLOW}) on a challenger, on a thread of its own, so that a newcomer
 * watches a flow go through its gates, tests, approval and canary with nothing set up: the challenger is trained
 * as the challenger release trains it, then the flow starts on it in the demo's deployment with parameters
 * sized for the demo (a short load test, a canary judged on the simulated orders within a minute or so).
 *
 * <p>A flow's approval must come from someone other than whoever started it. The demo has no second person, so
 * once the flow has waited a short while it approves as {@link #REVIEWER}, a name that says it is the demo, with
 * a reason saying so: the flow's record shows it, as it shows any approval.
 */
public final class ChallengerFlow implements Runnable {
    public static final String FLOW = "same-project";
    static final String STARTED_BY = "simulator";
    /** The demo's second person; the name says the demo approves, so nobody takes it for a real review. */
    public static final String REVIEWER = "demo reviewer (simulated)";
    static final String APPROVAL_STEP = "approval";
    /** Long enough for someone watching to see the flow wait for a person, short enough not to bore them. */
    static final Duration APPROVAL_AFTER = Duration.ofSeconds(6);
    /**
     * The demo's parameters: gates the challenger passes (it is compared with the champion on orders in which the
     * new ring is at work), a three-second load test at a rate the demo machine bears beside the live traffic,
     * and a canary of a fifth of the orders for 20 s, judged on at least 30 of them.
     */
    static final Map<String, String> PARAMETERS = Map.of("minMetric", "0.7", "maxRegression", "0.02",
            "loadRate", "20", "loadSeconds", "3", "loadP95Millis", "200", "canaryShare", "0.2", "canarySeconds", "20",
            "canaryMinRequests", "30", "canaryMaxErrorRate", "0.01");
    private static final long POLL_MILLIS = 250;

    private final Flows flows;
    private final Releases releases;
    private final HistoryTraining learning;
    private final String deployment;
    private final ChallengerTraining training;
    private volatile boolean stopped;
    private volatile ChallengerFlowProgress progress = ChallengerFlowProgress.NOT_STARTED;

    public <P extends Datasets & Events & Runs & Training & Releases & Flows> ChallengerFlow(P platform,
            String deployment, ChallengerTraining training) {
        this.flows = platform;
        this.releases = platform;
        this.learning = new HistoryTraining(platform);
        this.deployment = deployment;
        this.training = training;
    }

    @Override
    public void run() {
        int challenger = 0;
        try {
            int champion = releases.policy(deployment).primary().version();
            say(training.announcement(champion), 0, "", null);
            ModelRef trained = training.train(learning, message -> say(message, 0, "", null), () -> stopped);
            challenger = trained.version();
            Flow flow = flows.startFlow(new FlowStart(FLOW, new FlowSubject(trained.model(), challenger, deployment),
                    PARAMETERS), STARTED_BY);
            follow(flow, challenger);
        } catch (RuntimeException e) {
            progress = new ChallengerFlowProgress((stopped ? "Stopped: " : "The demo could not run the flow: ")
                    + e.getMessage(), challenger, progress.flowId(), progress.state(), true);
        }
    }

    /** Reads the flow until it ends, approving its approval step as the demo's reviewer once it has waited. */
    private void follow(Flow started, int challenger) {
        Flow flow = started;
        long waitingSince = 0;
        while (!stopped) {
            say(flow.message() == null || flow.message().isBlank() ? words(flow) : flow.message(), challenger,
                    flow.id(), flow.state());
            if (flow.state().ended()) {
                return;
            }
            if (approvalWaiting(flow)) {
                waitingSince = waitingSince == 0 ? System.nanoTime() : waitingSince;
                if (System.nanoTime() - waitingSince >= APPROVAL_AFTER.toNanos()) {
                    flows.approveFlowStep(flow.id(), APPROVAL_STEP, REVIEWER, "the demo gives this approval on a"
                            + " second person's behalf, so that the flow can finish");
                }
            }
            pause();
            flow = flows.flow(flow.id());
        }
    }

    private static boolean approvalWaiting(Flow flow) {
        return flow.steps().stream().anyMatch(s -> s.stepId().equals(APPROVAL_STEP)
                && s.state() == StepState.WAITING_FOR_APPROVAL);
    }

    /** The step that runs or waits now, in words, for a flow whose own message says nothing yet. */
    private static String words(Flow flow) {
        return flow.steps().stream().filter(s -> !s.state().settled()).filter(s -> s.state() != StepState.PENDING)
                .map(StepRun::stepId).map(id -> flow.definition().step(id).name()).findFirst()
                .map(name -> "Flow '" + flow.definition().name() + "': " + name + "…")
                .orElse("Flow '" + flow.definition().name() + "' " + flow.state().name().toLowerCase());
    }

    private void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private void say(String words, int challenger, String flowId, FlowState state) {
        progress = new ChallengerFlowProgress(words, challenger, flowId, state, false);
    }

    public ChallengerFlowProgress progress() {
        return progress;
    }

    /** Stops following; the flow itself goes on in the engine, where it can be paused or aborted. */
    public void stop() {
        stopped = true;
    }
}

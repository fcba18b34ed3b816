package io.sightline.engine.flow.step;

import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.CanaryStatus;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A canary of the version beside the one the deployment serves, at {@code share} of the requests for
 * {@code stepSeconds}, judged by the engine's canary guard (at least {@code minRequests} requests, errors at most
 * {@code maxErrorRate}): passes when the step has run its time with the guard holding, fails when the guard
 * breaks. The policy is set once; a run after a restart finds it set and goes on watching.
 */
final class CanaryRelease implements StepAction {
    private static final Duration LOOK_AGAIN = Duration.ofMillis(500);
    private final EngineParts parts;

    CanaryRelease(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "canary";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        int candidate = input.subject().version();
        if ("true".equals(input.earlierOutput(EngineParts.FIRST_RELEASE))) {
            return StepResult.passed(deployment + " was made for this first release and serves v" + candidate
                    + " alone: there is no other version to run a canary beside.", Map.of());
        }
        String stable = input.previous().get("stableVersion");
        if (stable == null) {
            Deployment served = parts.deployments().deployment(deployment);
            stable = String.valueOf(served.version());
            TrafficPolicy now = parts.releases().policy(deployment);
            boolean alreadySet = now.kind() == PolicyKind.CANARY && now.arms().get(1).version() == candidate;
            if (!alreadySet) {
                CanaryPlan plan = new CanaryPlan(List.of(input.number("share")),
                        Duration.ofSeconds((long) input.number("stepSeconds")), new CanaryGuard(
                                input.number("maxErrorRate"), 1_000, 1, (int) input.number("minRequests"), 0), true);
                parts.releases().setPolicy(deployment, TrafficPolicy.canary(served.version(), candidate, plan),
                        input.startedBy(), "Canary of v" + candidate + " in flow " + input.flowId());
            }
        }
        Map<String, String> outputs = Map.of("stableVersion", stable, "policySet", "true");
        ReleaseReport report = parts.releases().release(deployment, Duration.ofSeconds((long) input.number("stepSeconds")
                + 60));
        CanaryStatus status = report.canary();
        if (status == null) {
            // the engine's guard usually ends a breached canary before this step looks again: say what it did
            return StepResult.failed("The deployment no longer serves the canary (its policy is "
                    + report.policy().kind() + ")" + lastChange(deployment, input), outputs);
        }
        List<GateMeasure> measures = measures(report, input);
        if (status.guard() == CanaryStatus.GuardState.BREACHED) {
            return new StepResult(StepResult.Outcome.FAILED, outputs, measures, "The canary's guard broke: "
                    + status.words(), null);
        }
        if (status.guard() == CanaryStatus.GuardState.HOLDING && status.mayAdvanceAt() != null
                && !Instant.now().isBefore(status.mayAdvanceAt())) {
            return new StepResult(StepResult.Outcome.PASSED, outputs, measures, "The canary held for its step: "
                    + status.words(), null);
        }
        return new StepResult(StepResult.Outcome.WAITING, outputs, measures, status.words(), LOOK_AGAIN);
    }

    /** Who last changed the deployment's policy and why, as its history says, or nothing when it says nothing. */
    private String lastChange(String deployment, StepInput input) {
        Duration window = Duration.ofSeconds((long) input.number("stepSeconds") + 60);
        return parts.deployments().deploymentHistory(window).stream()
                .filter(change -> change.deployment().equals(deployment) && change.reason() != null)
                .findFirst().map(change -> ": " + change.by() + " set v" + change.version() + ": " + change.reason())
                .orElse(".");
    }

    /** The live comparison of the two arms: requests, errors and latency of each. */
    private static List<GateMeasure> measures(ReleaseReport report, StepInput input) {
        List<GateMeasure> measures = new ArrayList<>();
        for (ArmReport arm : report.arms()) {
            double errorRate = arm.requests() == 0 ? 0 : (double) arm.errors() / arm.requests();
            measures.add(GateMeasure.judge(arm.arm() + " v" + arm.version() + " error rate", errorRate,
                    Comparison.LESS_OR_EQUAL, input.number("maxErrorRate")));
            measures.add(new GateMeasure(arm.arm() + " v" + arm.version() + " p95 latency (ms)", arm.p95Millis(),
                    Double.NaN, Comparison.LESS_OR_EQUAL, true));
        }
        return measures;
    }

}

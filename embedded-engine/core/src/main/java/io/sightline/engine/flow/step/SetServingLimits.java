package io.sightline.engine.flow.step;

import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.time.Duration;
import java.util.Map;

/**
 * Sets the deployment's capacity from the knee found before it, by Little's law: requests in flight at the
 * sustained rate λ with latency W are λ·W, so {@code headroom}·λ·W workers (at least 2) serve it; a request may
 * wait at most what the objective leaves over W, and the queue holds what arrives meanwhile (λ times that).
 * What a request gets when the queue is full is the parameter {@code whenFull}.
 */
final class SetServingLimits implements StepAction {
    private final EngineParts parts;

    SetServingLimits(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "set-serving-limits";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        String sustained = input.earlierOutput("sustainedPerSecond");
        String latency = input.earlierOutput("p95AtSustainedMillis");
        if (sustained == null || latency == null || latency.equals("NaN")) {
            return StepResult.failed("No knee to set the capacity from: the knee step found no rate that kept the"
                    + " objective.", Map.of());
        }
        double rate = Double.parseDouble(sustained);
        double latencyMillis = Double.parseDouble(latency);
        double objectiveMillis = input.number("p95Millis");
        ServingLimits limits = limits(rate, latencyMillis, objectiveMillis, input.number("headroom"),
                ServingLimits.WhenFull.valueOf(input.parameter("whenFull")));
        parts.capacity().setServingLimits(deployment, limits, input.startedBy(), "Set by flow " + input.flowId()
                + " from the knee: " + FindKnee.number(rate) + " requests/s kept p95 within " + objectiveMillis + " ms");
        return StepResult.passed(deployment + " takes " + limits.workers() + " at once and " + limits.queueLimit()
                + " waiting, each for at most " + limits.maxWait().toMillis() + " ms; when full: "
                + limits.whenFull().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".",
                Map.of("workers", String.valueOf(limits.workers()), "queueLimit", String.valueOf(limits.queueLimit()),
                        "maxWaitMillis", String.valueOf(limits.maxWait().toMillis()), "whenFull", limits.whenFull().name()));
    }

    /** The limits for a sustained {@code rate} (per second) at {@code latencyMillis}, within {@code objectiveMillis}. */
    static ServingLimits limits(double rate, double latencyMillis, double objectiveMillis, double headroom,
                                ServingLimits.WhenFull whenFull) {
        double inFlight = rate * latencyMillis / 1_000;
        int workers = (int) Math.min(ServingLimits.MAX_WORKERS, Math.max(2, Math.ceil(headroom * inFlight)));
        long waitMillis = (long) Math.max(1, Math.floor(objectiveMillis - latencyMillis));
        int queue = (int) Math.min(ServingLimits.MAX_QUEUE, Math.ceil(rate * waitMillis / 1_000));
        return new ServingLimits(workers, queue, queue == 0 ? Duration.ZERO : Duration.ofMillis(waitMillis), whenFull);
    }
}

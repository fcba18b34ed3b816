package io.sightline.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * How a canary grows: the canary arm's share at each step (rising, the last one 1 for a full release or less
 * to stop there), how long each step lasts at least, the guard it must hold, and whether steps advance by
 * themselves while the guard holds ({@code automatic}) or only when a person advances them. A breached guard
 * always sends the traffic back to the stable arm.
 */
public record CanaryPlan(List<Double> steps, Duration stepEvery, CanaryGuard guard, boolean automatic) {
    public CanaryPlan {
        if (steps == null || steps.isEmpty()) {
            throw PlatformException.invalid("Give the canary's steps, such as 5 %, 25 %, 50 % and 100 %.");
        }
        steps = List.copyOf(steps);
        double previous = 0;
        for (double step : steps) {
            if (!(step > previous && step <= 1)) {
                throw PlatformException.invalid("The canary's steps must rise from above 0 to at most 1 (100 %),"
                        + " such as 0.05, 0.25, 0.5, 1 (got " + steps + ").");
            }
            previous = step;
        }
        if (stepEvery == null || stepEvery.isNegative() || stepEvery.isZero()) {
            throw PlatformException.invalid("Say how long each canary step lasts, such as 10 minutes.");
        }
        if (guard == null) {
            throw PlatformException.invalid("Give the canary a guard: the error rate, latency and success it must hold.");
        }
    }
}

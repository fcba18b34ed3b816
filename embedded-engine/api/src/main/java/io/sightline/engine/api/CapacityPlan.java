package io.sightline.engine.api;

import java.time.Duration;

/**
 * A load test's ramp: {@code steps} offered request rates from {@code startPerSecond} to {@code endPerSecond}
 * (evenly spaced), each held for {@code stepLength}, with at most {@code concurrency} requests in flight; and the
 * objective each step is judged by: the {@code percentile} latency within {@code sloMillis} and at most
 * {@code maxErrorRate} of requests failing. The bounds keep a test from taking a deployment down for long.
 */
public record CapacityPlan(int startPerSecond, int endPerSecond, int steps, Duration stepLength,
                           LatencyPercentile percentile, double sloMillis, double maxErrorRate, int concurrency) {
    /** The highest rate a test may offer, requests per second. */
    public static final int MAX_RATE = 5_000;
    /** The most steps in a ramp. */
    public static final int MAX_STEPS = 20;
    /** The shortest and longest a step may be held. */
    public static final Duration MIN_STEP = Duration.ofSeconds(1);
    public static final Duration MAX_STEP = Duration.ofSeconds(60);
    /** The longest a whole test may take. */
    public static final Duration MAX_TOTAL = Duration.ofMinutes(10);
    /** The most requests in flight at once. */
    public static final int MAX_CONCURRENCY = 64;

    public CapacityPlan {
        if (startPerSecond < 1 || endPerSecond > MAX_RATE || startPerSecond > endPerSecond) {
            throw PlatformException.invalid("Offer from at least 1 request per second up to at most " + MAX_RATE
                    + ", the first rate no higher than the last.");
        }
        if (steps < 1 || steps > MAX_STEPS || (steps == 1 && startPerSecond != endPerSecond)) {
            throw PlatformException.invalid("A ramp has from 1 to " + MAX_STEPS
                    + " steps (one step offers a single rate: make the first and last rates equal).");
        }
        if (stepLength == null || stepLength.compareTo(MIN_STEP) < 0 || stepLength.compareTo(MAX_STEP) > 0) {
            throw PlatformException.invalid("Hold each step from 1 to 60 seconds.");
        }
        if (stepLength.multipliedBy(steps).compareTo(MAX_TOTAL) > 0) {
            throw PlatformException.invalid("A load test takes at most 10 minutes: use fewer or shorter steps.");
        }
        if (percentile == null) {
            throw PlatformException.invalid("Choose the latency the objective is on: p50, p95 or p99.");
        }
        if (!(sloMillis > 0 && sloMillis <= 60_000)) {
            throw PlatformException.invalid("The latency objective is above 0 and at most 60,000 ms, such as 50.");
        }
        if (!(maxErrorRate >= 0 && maxErrorRate < 1)) {
            throw PlatformException.invalid("The most errors a step may have is from 0 to below 1, such as 0.01.");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw PlatformException.invalid("Keep from 1 to " + MAX_CONCURRENCY + " requests in flight at once.");
        }
    }

    /** The rate offered at step {@code index} (0-based): evenly spaced from the first rate to the last. */
    public int offeredAt(int index) {
        if (steps == 1) {
            return startPerSecond;
        }
        return (int) Math.round(startPerSecond + (endPerSecond - startPerSecond) * (double) index / (steps - 1));
    }

    /** How long the whole ramp takes. */
    public Duration totalLength() {
        return stepLength.multipliedBy(steps);
    }
}

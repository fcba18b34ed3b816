package io.sightline.simulator.live;

/**
 * The live run's counts: transactions released by the world, scored by the platform, failed; waiting in the
 * queue, and in flight (calls to the platform in progress; none starts while the run is paused); scored ones
 * that will be charged back (ground truth); outcomes reported, matched by the platform, still pending, and
 * dropped unsent because the platform kept refusing them ({@code outcomesRefused} says why while it refuses,
 * null once it accepts); the caller's round-trip p50 and p99 in milliseconds over the latest 4,096 requests;
 * and the last error, if any.
 */
public record LiveFigures(
        long released,
        long scored,
        long failed,
        int queued,
        int inFlight,
        long chargebacksScored,
        long outcomesReported,
        long outcomesMatched,
        int outcomesPending,
        long outcomesUnreported,
        String outcomesRefused,
        double roundTripP50Millis,
        double roundTripP99Millis,
        String lastError) {

    public static final LiveFigures NONE = new LiveFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, Double.NaN, Double.NaN,
            null);
}

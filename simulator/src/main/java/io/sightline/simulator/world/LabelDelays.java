package io.sightline.simulator.world;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * When outcomes become known, in simulated time. A chargeback arrives after a delay drawn per case
 * (log-normal, median 4 minutes, 7 for refund abuse, at least 1 minute, at most the dispute window); a
 * legitimate order is known to be good only when its dispute window of 15 minutes has closed. The world
 * compresses the weeks of a real chargeback cycle into minutes, so that a demonstration shows them.
 */
public final class LabelDelays {
    public static final Duration DISPUTE_WINDOW = Duration.ofMinutes(15);
    private static final Duration SHORTEST = Duration.ofMinutes(1);

    private LabelDelays() {
    }

    static Duration draw(FraudPattern pattern, SplittableRandom rng) {
        if (!pattern.chargeback()) {
            return DISPUTE_WINDOW;
        }
        double medianSeconds = (pattern == FraudPattern.REFUND_ABUSE ? 7 : 4) * 60.0;
        double seconds = Draws.clamp(Draws.logNormal(rng, medianSeconds, 0.5), SHORTEST.toSeconds(),
                DISPUTE_WINDOW.toSeconds());
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}

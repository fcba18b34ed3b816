package io.sightline.simulator.live;

import io.sightline.engine.api.Outcome;
import io.sightline.simulator.world.FraudPattern;
import java.time.Instant;

/**
 * An outcome the world knows but has not told yet: due at simulated time {@code due}, for the prediction
 * {@code predictionId}, with the true label and the money at stake (the real amount, whatever was sent).
 */
public record PendingOutcome(Instant due, String predictionId, String label, double value, FraudPattern pattern) {

    public Outcome outcome() {
        return new Outcome(predictionId, label, value);
    }
}

package io.sightline.simulator.world;

import java.time.Duration;

/**
 * What really happened, known to the world but not to the platform: the pattern behind the transaction,
 * whether it is charged back, and after how much simulated time that outcome becomes known.
 */
public record GroundTruth(FraudPattern pattern, boolean chargeback, Duration labelDelay) {
}

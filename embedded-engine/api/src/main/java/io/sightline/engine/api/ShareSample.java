package io.sightline.engine.api;

import java.time.Instant;
import java.util.Map;

/** The arms' shares as the policy set them at {@code at} (a bandit's shares over time). */
public record ShareSample(Instant at, Map<String, Double> shares) {
    public ShareSample {
        shares = Map.copyOf(shares);
    }
}

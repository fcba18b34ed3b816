package io.sightline.engine.api;

import java.time.Instant;

/** A saved strategy of a deployment; enabled strategies decide live predictions. */
public record Strategy(String id, String deployment, StrategySpec spec, boolean enabled, Instant createdAt,
                       Instant updatedAt) {
}

package io.sightline.engine.api;

import java.time.Instant;

/** A saved alert rule. */
public record AlertRule(String id, AlertRuleSpec spec, Instant createdAt, Instant updatedAt) {
}

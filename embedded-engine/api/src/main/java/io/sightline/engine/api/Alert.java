package io.sightline.engine.api;

import java.time.Instant;

/**
 * One firing of a rule and what happened to it since: the value that fired it, a plain sentence, who
 * acknowledged and resolved it and when, and the retraining job it started if the rule asks for one.
 */
public record Alert(
        String id,
        String ruleId,
        String ruleName,
        String deployment,
        AlertState state,
        AlertSeverity severity,
        double value,
        double threshold,
        String message,
        Instant firedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy,
        String retrainJobId) {
}

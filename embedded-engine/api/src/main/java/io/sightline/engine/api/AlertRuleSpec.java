package io.sightline.engine.api;

import java.time.Duration;

/**
 * An alert rule: fire when {@code metric} of {@code deployment} over the last {@code window} compares to
 * {@code threshold} by {@code comparison}. {@code column} names the column for {@link AlertMetric#FEATURE_DRIFT}.
 * With {@code retrain}, firing also trains a challenger on recent labelled data.
 */
public record AlertRuleSpec(
        String name,
        String deployment,
        AlertMetric metric,
        String column,
        Comparison comparison,
        double threshold,
        Duration window,
        AlertSeverity severity,
        boolean retrain,
        boolean enabled) {
}

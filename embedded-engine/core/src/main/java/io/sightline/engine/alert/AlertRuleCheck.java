package io.sightline.engine.alert;

import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Names;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/** Refuses incomplete or impossible alert rules with a sentence that says what to fix. */
final class AlertRuleCheck {
    private static final Duration SHORTEST_WINDOW = Duration.ofSeconds(10);
    private static final Duration LONGEST_WINDOW = Duration.ofDays(30);

    private AlertRuleCheck() {
    }

    static void check(AlertRuleSpec spec) {
        require(spec != null, "Describe the alert rule.");
        Names.requireName("alert rule", spec.name());
        checkCondition(spec);
    }

    /** Everything a rule needs to be evaluated: all but its name. */
    static void checkCondition(AlertRuleSpec spec) {
        require(spec != null, "Describe the alert rule.");
        require(spec.deployment() != null && !spec.deployment().isBlank(), "Say which deployment the rule watches.");
        require(spec.metric() != null, "Say which metric the rule watches.");
        require(spec.metric() != AlertMetric.FEATURE_DRIFT || spec.column() != null && !spec.column().isBlank(),
                "A feature drift rule needs the column it watches.");
        require(spec.comparison() != null, "Say whether the rule fires above or below its threshold.");
        require(Double.isFinite(spec.threshold()), "The threshold must be a number.");
        require(spec.window() != null && spec.window().compareTo(SHORTEST_WINDOW) >= 0
                        && spec.window().compareTo(LONGEST_WINDOW) <= 0,
                "The window must be between 10 seconds and 30 days.");
        require(spec.severity() != null, "Say how severe the alert is.");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw PlatformException.invalid(message);
        }
    }
}

package io.sightline.simulator.setup;

import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.PlatformException;
import io.sightline.simulator.world.Columns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demonstration's alert rules on the deployment, one per thing a scenario breaks: the amount drifting
 * (the data bug sends cents), the prediction scores drifting, recall falling (the new fraud ring) with a
 * challenger retrained on the labelled traffic, and round trips slowing (the latency incident). Windows are in
 * real time, as the platform measures them. Saving replaces rules of the same name, so installing twice is
 * harmless.
 */
public final class DemoAlertRules {
    private DemoAlertRules() {
    }

    public static List<AlertRuleSpec> specs(String deployment) {
        return List.of(
                new AlertRuleSpec(deployment + ": amount drift", deployment, AlertMetric.FEATURE_DRIFT,
                        Columns.AMOUNT, Comparison.GREATER_OR_EQUAL, 0.1, Duration.ofMinutes(5),
                        AlertSeverity.WARNING, false, true),
                new AlertRuleSpec(deployment + ": score drift", deployment, AlertMetric.PREDICTION_DRIFT, null,
                        Comparison.GREATER_OR_EQUAL, 0.1, Duration.ofMinutes(5), AlertSeverity.INFO, false, true),
                new AlertRuleSpec(deployment + ": recall drop", deployment, AlertMetric.RECALL, null,
                        Comparison.LESS, 0.6, Duration.ofMinutes(10), AlertSeverity.CRITICAL, true, true),
                new AlertRuleSpec(deployment + ": slow answers", deployment, AlertMetric.LATENCY_P99_MS, null,
                        Comparison.GREATER, 1.0, Duration.ofMinutes(2), AlertSeverity.WARNING, false, true));
    }

    /**
     * Saves every rule. A platform without alerts yet refuses them: the result then says why, and the world
     * runs all the same.
     */
    public static Installed install(Alerts platform, String deployment) {
        List<AlertRule> saved = new ArrayList<>();
        try {
            for (AlertRuleSpec spec : specs(deployment)) {
                saved.add(platform.saveAlertRule(spec));
            }
            return new Installed(saved, null);
        } catch (PlatformException refused) {
            return new Installed(saved, refused.getMessage());
        }
    }

    /** The rules saved, and why the others were not (null when all were). */
    public record Installed(List<AlertRule> rules, String refusedBecause) {
        public Installed {
            rules = List.copyOf(rules);
        }
    }
}

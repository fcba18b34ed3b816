package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRuleSpec;
import java.time.Duration;
import java.util.Locale;

/** Alerts said in plain words: what was measured, its value, the threshold and the window. */
final class AlertMessages {

    private AlertMessages() {
    }

    static String fired(AlertRuleSpec rule, double value) {
        return what(rule) + " on " + rule.deployment() + " is " + format(rule, value) + ", "
                + rule.comparison().symbol() + " " + format(rule, rule.threshold()) + " over the last "
                + window(rule.window()) + ".";
    }

    static String subject(Alert alert) {
        return "[" + alert.severity() + "] " + alert.ruleName() + " — " + switch (alert.state()) {
            case FIRING -> "firing";
            case ACKNOWLEDGED -> "acknowledged by " + alert.acknowledgedBy();
            case RESOLVED -> "resolved by " + alert.resolvedBy();
        };
    }

    static String what(AlertRuleSpec rule) {
        return switch (rule.metric()) {
            case THROUGHPUT -> "Throughput";
            case ERROR_RATE -> "Error rate";
            case LATENCY_P99_MS -> "99th percentile latency";
            case PRECISION -> "Precision";
            case RECALL -> "Recall";
            case AUC -> "AUC";
            case VALUE_MISSED -> "Value of positives missed";
            case FEATURE_DRIFT -> "Drift of " + rule.column();
            case DATASET_DRIFT_SHARE -> "Share of drifting columns";
            case PREDICTION_DRIFT -> "Drift of the predictions";
        };
    }

    static String format(AlertRuleSpec rule, double value) {
        return switch (rule.metric()) {
            case THROUGHPUT -> String.format(Locale.ROOT, "%.1f/s", value);
            case ERROR_RATE, DATASET_DRIFT_SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case LATENCY_P99_MS -> String.format(Locale.ROOT, "%.1f ms", value);
            case VALUE_MISSED -> String.format(Locale.ROOT, "%,.0f", value);
            default -> String.format(Locale.ROOT, "%.3f", value);
        };
    }

    static String window(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count == 1 ? unit : count + " " + unit + "s";
    }
}

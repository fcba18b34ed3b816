package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRuleSpec;
import java.time.Duration;
import java.util.Locale;

/** Alerts said in plain words: what was measured, its value, the threshold and the window. */
final class AlertMessages {
    /** The title and text of a test notification. */
    static final String TEST_TITLE = "Sightline test notification";
    static final String TEST_TEXT = "This is a test message from Sightline: alerts will reach you here.";

    private AlertMessages() {
    }

    static String fired(AlertRuleSpec rule, double value) {
        return what(rule) + " on " + rule.deployment() + " is " + format(rule, value) + ", "
                + rule.comparison().symbol() + " " + format(rule, rule.threshold()) + " over the last "
                + window(rule.window()) + ".";
    }

    /**
     * What a rule tried now would do, e.g. "Error rate on credit over the last 15 minutes is 0.4% — below 2.0%:
     * the rule would not fire now."
     */
    static String trial(AlertRuleSpec rule, AlertEngine.Reading reading) {
        String measured = what(rule) + " on " + rule.deployment() + " over the last " + window(rule.window());
        if (!reading.known()) {
            String why = reading.unreadable().isEmpty() ? unknownBecause(rule) : withoutFullStop(reading.unreadable());
            return measured + " cannot be measured now: " + why + ". The rule would not fire now.";
        }
        double value = reading.value().getAsDouble();
        String side = value < rule.threshold() ? "below" : value > rule.threshold() ? "above" : "at";
        return measured + " is " + format(rule, value) + " — " + side + " " + format(rule, rule.threshold())
                + ": the rule would " + (reading.breached() ? "" : "not ") + "fire now.";
    }

    /** Why a metric has no value yet, after the rules of {@link PlatformMetrics}. */
    private static String unknownBecause(AlertRuleSpec rule) {
        return switch (rule.metric()) {
            case THROUGHPUT, ERROR_RATE, LATENCY_P99_MS -> "there were no requests in that window";
            case PRECISION -> "fewer than " + PlatformMetrics.MIN_CASES + " flagged predictions have outcomes";
            case RECALL -> "fewer than " + PlatformMetrics.MIN_CASES + " actual positives have outcomes";
            case AUC -> "fewer than " + PlatformMetrics.MIN_CASES + " outcomes of each class were reported";
            case VALUE_MISSED -> "no outcomes were reported in that window";
            case FEATURE_DRIFT -> "there were no predictions in that window, or the model has no input named "
                    + rule.column();
            case DATASET_DRIFT_SHARE, PREDICTION_DRIFT -> "there were no predictions in that window";
        };
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
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

package io.sightline.engine.alert;

import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.TrafficReport;
import java.util.OptionalDouble;

/**
 * Reads alert metrics through the platform's monitoring facet. Drift rules watch a distance where higher
 * means more drift: the normalised Wasserstein distance for numeric columns, the Jensen–Shannon distance for
 * categorical ones (both always computed, whatever test decides the column's verdict).
 */
public final class PlatformMetrics implements MetricSource {
    /** The column name under which drift reports carry the predictions. */
    public static final String PREDICTION_COLUMN = "(prediction)";
    /**
     * Fewest cases a rate is judged on: recall on fewer actual positives (precision on fewer flagged, AUC on
     * fewer of either class) is left unknown, so that the first outcomes of a new deployment fire nothing.
     */
    static final int MIN_CASES = 10;

    private final Monitoring monitoring;

    public PlatformMetrics(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public OptionalDouble read(AlertRuleSpec rule) {
        return switch (rule.metric()) {
            case THROUGHPUT, ERROR_RATE, LATENCY_P99_MS -> traffic(rule);
            case PRECISION, RECALL, AUC, VALUE_MISSED -> performance(rule);
            case FEATURE_DRIFT -> drift(rule, rule.column());
            case PREDICTION_DRIFT -> drift(rule, PREDICTION_COLUMN);
            case DATASET_DRIFT_SHARE -> driftShare(rule);
        };
    }

    private OptionalDouble traffic(AlertRuleSpec rule) {
        TrafficReport report = monitoring.traffic(rule.deployment(), rule.window());
        if (report.predictions() + report.errors() == 0) {
            return rule.metric() == io.sightline.engine.api.AlertMetric.THROUGHPUT
                    ? OptionalDouble.of(0) : OptionalDouble.empty();
        }
        return known(switch (rule.metric()) {
            case THROUGHPUT -> report.perSecond();
            case ERROR_RATE -> report.errorRate();
            default -> report.p99Millis();
        });
    }

    private OptionalDouble performance(AlertRuleSpec rule) {
        PerformanceReport report = monitoring.performance(rule.deployment(), rule.window());
        long positives = report.truePositives() + report.falseNegatives();
        long flagged = report.truePositives() + report.falsePositives();
        long negatives = report.trueNegatives() + report.falsePositives();
        return switch (rule.metric()) {
            case PRECISION -> flagged < MIN_CASES ? OptionalDouble.empty() : known(report.precision());
            case RECALL -> positives < MIN_CASES ? OptionalDouble.empty() : known(report.recall());
            case AUC -> Math.min(positives, negatives) < MIN_CASES ? OptionalDouble.empty() : known(report.auc());
            default -> report.labelled() == 0 ? OptionalDouble.empty() : known(report.valueMissed());
        };
    }

    private OptionalDouble drift(AlertRuleSpec rule, String column) {
        DriftReport report = monitoring.drift(rule.deployment(), rule.window());
        if (report.currentRows() == 0) {
            return OptionalDouble.empty();
        }
        return report.features().stream()
                .filter(feature -> feature.column().equals(column))
                .findFirst()
                .map(PlatformMetrics::distance)
                .orElse(OptionalDouble.empty());
    }

    private OptionalDouble driftShare(AlertRuleSpec rule) {
        DriftReport report = monitoring.drift(rule.deployment(), rule.window());
        return report.currentRows() == 0 ? OptionalDouble.empty() : known(report.driftShare());
    }

    private static OptionalDouble distance(FeatureDrift feature) {
        return known(feature.numeric() ? feature.wassersteinNormed() : feature.jensenShannon());
    }

    private static OptionalDouble known(Double value) {
        return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

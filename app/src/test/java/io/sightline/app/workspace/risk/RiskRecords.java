package io.sightline.app.workspace.risk;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.Histogram;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TrafficBucket;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.sentence.SellerRiskSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records as the engine would return them for a seller-risk deployment, with figures the tests can check by hand. */
final class RiskRecords {
    static final String DEPLOYMENT = "seller-risk";
    static final ModelRef MODEL = new ModelRef("seller-risk", 3);
    static final Instant NOW = Instant.parse("2026-11-02T10:00:05Z");

    private RiskRecords() {
    }

    static Deployment deployment(String name, DeploymentState state) {
        return new Deployment(name, MODEL.model(), MODEL.version(), state, NOW.minusSeconds(3600), NOW.minusSeconds(60));
    }

    static ModelVersion version() {
        return new ModelVersion(MODEL.model(), MODEL.version(), "run-7", "ds-1", "abc", Stage.PRODUCTION, "def", 1024,
                "XGBoost", Map.of("auc", 0.91), SellerRiskSchema.binary(), NOW.minusSeconds(7200));
    }

    /**
     * Four complete 10-second buckets (100, 120, 140, 160 predictions; 5..8 predicted "yes"; 1..4 blocked; 0, 1, 0, 2
     * sent to review) and the bucket still filling (50 predictions, 2 "yes").
     */
    static TrafficReport traffic(Duration window) {
        Duration step = Duration.ofSeconds(10);
        Instant first = Instant.parse("2026-11-02T09:59:20Z");
        long[] predictions = {100, 120, 140, 160, 50};
        long[] positives = {5, 6, 7, 8, 2};
        long[] blocked = {1, 2, 3, 4, 0};
        long[] reviewed = {0, 1, 0, 2, 0};
        List<TrafficBucket> buckets = new ArrayList<>();
        for (int i = 0; i < predictions.length; i++) {
            buckets.add(new TrafficBucket(first.plus(step.multipliedBy(i)), predictions[i], 0, 2, 4, 8,
                    Map.of("yes", positives[i], "no", predictions[i] - positives[i]),
                    Map.of(Decision.BLOCK, blocked[i], Decision.REVIEW, reviewed[i],
                            Decision.ALLOW, predictions[i] - blocked[i] - reviewed[i])));
        }
        return new TrafficReport(DEPLOYMENT, NOW.minus(window), NOW, step, buckets, 570, 3, 570.0 / window.toSeconds(),
                3.0 / 573, 2, 4, 8, Map.of("yes", 28L, "no", 542L),
                Map.of(Decision.BLOCK, 10L, Decision.REVIEW, 3L, Decision.ALLOW, 557L),
                new Histogram(List.of(0.0, 0.5, 1.0), List.of(500L, 70L)));
    }

    /** 40 outcomes: 12 fraud caught (1,500), 3 missed (300), in two one-minute points. */
    static PerformanceReport performance(Duration window, String positiveLabel) {
        return new PerformanceReport(DEPLOYMENT, NOW.minus(window), NOW, positiveLabel, 570, 40, 12, 5, 20, 3, 0.7,
                0.8, 0.9, 1500, 300, 250, Duration.ofMinutes(1), List.of(
                new PerformancePoint(Instant.parse("2026-11-02T09:58:00Z"), 25, 0.7, 0.8, 1000, 100),
                new PerformancePoint(Instant.parse("2026-11-02T09:59:00Z"), 15, 0.6, 0.75, 500, 200)));
    }

    static PerformanceReport noOutcomes(Duration window) {
        return new PerformanceReport(DEPLOYMENT, NOW.minus(window), NOW, "yes", 570, 0, 0, 0, 0, 0, null, null, null,
                0, 0, 0, Duration.ofMinutes(1), List.of());
    }

    static Alert alert(String id, AlertState state, AlertSeverity severity, Instant firedAt) {
        return new Alert(id, "rule-" + id, "Recall dropped", DEPLOYMENT, state, severity, 0.61, 0.7,
                "Recall over the last hour is 0.61, below 0.7.", firedAt,
                state == AlertState.FIRING ? null : firedAt.plusSeconds(60),
                state == AlertState.FIRING ? null : "alice",
                state == AlertState.RESOLVED ? firedAt.plusSeconds(120) : null,
                state == AlertState.RESOLVED ? "bob" : null, null);
    }

    static LoggedPrediction prediction(long id, String seller, String output, double score, Decision decision) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("transaction_id", "t" + id);
        if (seller != null) {
            inputs.put("seller_id", seller);
        }
        inputs.put("category", "electronics");
        inputs.put("amount", Long.toString(100 + id));
        return new LoggedPrediction(id, DEPLOYMENT, MODEL, NOW.minusSeconds(id), inputs, output, 0.9, 120,
                "p-" + id, score, decision, null);
    }

    static Explanation explanation() {
        return new Explanation(DEPLOYMENT, MODEL, "yes", 0.93, List.of(
                new Explanation.Contribution("seller_chargeback_rate", "0.08", 0.31,
                        "A chargeback rate of 0.08 raised the risk score by 0.31."),
                new Explanation.Contribution("amount", "950", -0.35, ""),
                new Explanation.Contribution("category", "electronics", 0.12,
                        "Electronics raised the risk score by 0.12."),
                new Explanation.Contribution("hour_of_day", "3", 0.05, "Night-time raised it by 0.05.")));
    }
}

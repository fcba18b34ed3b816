package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small, hand-made engine answers for the analyst's view-model tests. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private Fixtures() {
    }

    static ColumnProfile column(String name, ColumnType type) {
        return new ColumnProfile(name, type, 100, 0, 10, null, null, null, null, null, null, null);
    }

    static DatasetInfo dataset(String id, String name, List<DataIssue> issues) {
        return new DatasetInfo(id, name, "sha-" + id, 100, 2048,
                List.of(column("age", ColumnType.NUMERIC), column("job", ColumnType.CATEGORICAL),
                        column("class", ColumnType.CATEGORICAL)),
                "class", issues, NOW);
    }

    static CandidateResult candidate(String name, String algorithm, double score) {
        return new CandidateResult(name, algorithm, Map.of(), "AUC", true, score, 0.01, Map.of(), 1200, 1.5, "ok", "");
    }

    static RunInfo binaryRun(double accuracy, double baselineAccuracy, double auc) {
        Evaluation test = new Evaluation(Task.BINARY, 200,
                Map.of("accuracy", accuracy, "auc", auc),
                List.of("good", "bad"), "bad",
                List.of(List.of(120L, 20L), List.of(30L, 30L)), List.of());
        Baseline baseline = new Baseline("always 'good'", Map.of("accuracy", baselineAccuracy));
        return new RunInfo("run-1", "credit-g", "ds-1", "sha", "class", Task.BINARY, RunStatus.FINISHED,
                Map.of(), Map.of(),
                List.of(candidate("logistic", "LogisticRegression", 0.77),
                        candidate("xgb", "XGBoost", 0.79),
                        new CandidateResult("cart", "CART", Map.of(), "AUC", true, Double.NaN, 0, Map.of(), 10, 0,
                                "failed", "no probabilities")),
                "xgb", test, baseline,
                List.of(new FeatureImportance("checking_status", 0.30), new FeatureImportance("duration", 0.15),
                        new FeatureImportance("age", 0.05)),
                Map.of(), "{}", NOW, NOW, new ModelRef("credit-g", 1));
    }
}

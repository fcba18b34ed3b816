package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.Histogram;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RocPoint;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Records shaped like the engine's for a small credit dataset, one training run on it and the model version it
 * registered. The figures are made up for tests and are internally consistent (counts add up).
 */
public final class ScientistRecords {
    public static final String DATASET_ID = "ds-credit";
    public static final String DATASET_SHA = "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d";
    public static final String RUN_ID = "run-0007";
    public static final String MODEL = "credit-risk";
    public static final Instant IMPORTED = Instant.parse("2026-11-02T09:15:00Z");
    public static final Instant STARTED = Instant.parse("2026-11-02T09:20:00Z");

    private ScientistRecords() {
    }

    public static ColumnProfile age() {
        return new ColumnProfile("age", ColumnType.NUMERIC, 990, 10, 53, 19.0, 75.0, 35.5, 11.4,
                Map.of("p5", 22.0, "p25", 27.0, "p50", 33.0, "p75", 42.0, "p95", 60.0), List.of(),
                new Histogram(List.of(19.0, 26.0, 33.0, 40.0, 47.0, 54.0, 61.0, 68.0, 75.0),
                        List.of(180L, 290L, 210L, 140L, 90L, 50L, 20L, 10L)));
    }

    public static ColumnProfile housing() {
        return new ColumnProfile("housing", ColumnType.CATEGORICAL, 1000, 0, 3, null, null, null, null, Map.of(),
                List.of(new CategoryCount("own", 713), new CategoryCount("rent", 179), new CategoryCount("free", 108)),
                null);
    }

    public static ColumnProfile target() {
        return new ColumnProfile("class", ColumnType.CATEGORICAL, 1000, 0, 2, null, null, null, null, Map.of(),
                List.of(new CategoryCount("good", 700), new CategoryCount("bad", 300)), null);
    }

    public static DatasetInfo dataset() {
        return new DatasetInfo(DATASET_ID, "credit-g", DATASET_SHA, 1000, 48_213, List.of(age(), housing(), target()),
                "class", List.of(DataIssue.warning("age", "10 rows have no age; they are filled with the median."),
                        DataIssue.note(null, "The classes are imbalanced: 70 % good, 30 % bad.")),
                IMPORTED);
    }

    public static DatasetInfo otherDataset() {
        return new DatasetInfo("ds-iris", "iris", "1d2c3b4a5f6e7d8c9b0a1d2c3b4a5f6e7d8c9b0a1d2c3b4a5f6e7d8c9b0a1d2c",
                150, 4_551, List.of(), "species", List.of(), IMPORTED.plusSeconds(3600));
    }

    public static DatasetPreview preview() {
        return new DatasetPreview(List.of("age", "housing", "class"),
                List.of(List.of("67", "own", "good"), List.of("22", "own", "bad"), List.of("", "free", "good")));
    }

    public static CandidateResult logistic() {
        return new CandidateResult("logistic-regression", "Logistic regression", Map.of("epochs", "20"), "AUC", true,
                0.781, 0.021, Map.of("AUC", 0.781, "accuracy", 0.752), 850, 0.6, "ok", "");
    }

    public static CandidateResult boosted() {
        return new CandidateResult("xgboost", "Gradient-boosted trees", Map.of("trees", "200", "depth", "4"), "AUC",
                true, 0.792, 0.018, Map.of("AUC", 0.792, "accuracy", 0.761), 4_200, 3.4, "ok", "");
    }

    public static CandidateResult failedTree() {
        return new CandidateResult("cart", "Decision tree", Map.of(), "AUC", true, Double.NaN, Double.NaN, Map.of(), 0,
                Double.NaN, "skipped", "gives no probabilities, so no AUC");
    }

    public static Evaluation evaluation() {
        return new Evaluation(Task.BINARY, 200, Map.of("auc", 0.801, "accuracy", 0.765, "precision", 0.642,
                "recall", 0.517, "f1", 0.573), List.of("good", "bad"), "bad",
                List.of(List.of(122L, 18L), List.of(29L, 31L)),
                List.of(new RocPoint(0, 0, 1), new RocPoint(0.13, 0.52, 0.5), new RocPoint(0.4, 0.8, 0.3),
                        new RocPoint(1, 1, 0)));
    }

    public static RunInfo run() {
        return new RunInfo(RUN_ID, "credit-g / class", DATASET_ID, DATASET_SHA, "class", Task.BINARY, RunStatus.FINISHED,
                Map.of("folds", "5", "seed", "42", "time budget", "60 s"), Map.of("cv_auc", 0.792, "cv_accuracy", 0.761),
                List.of(boosted(), logistic(), failedTree()), "xgboost", evaluation(),
                new Baseline("always 'good'", Map.of("auc", 0.5, "accuracy", 0.7)),
                List.of(new FeatureImportance("age", 0.25), new FeatureImportance("housing", 0.75)),
                Map.of("cross-validating", 31_000L, "refitting", 5_200L, "evaluating", 400L),
                "{\"class-name\":\"org.tribuo.classification.xgboost.XGBoostModel\",\"seed\":42}",
                STARTED, STARTED.plusSeconds(37), new ModelRef(MODEL, 1));
    }

    /** An earlier run on the same data whose best candidate was the logistic regression. */
    public static RunInfo earlierRun() {
        return new RunInfo("run-0003", "credit-g / class", DATASET_ID, DATASET_SHA, "class", Task.BINARY,
                RunStatus.FINISHED, Map.of("folds", "5"), Map.of("cv_auc", 0.781), List.of(logistic()),
                "logistic-regression",
                new Evaluation(Task.BINARY, 200, Map.of("auc", 0.779, "accuracy", 0.745), List.of("good", "bad"), "bad",
                        List.of(List.of(120L, 20L), List.of(31L, 29L)), List.of()),
                null, List.of(), Map.of("cross-validating", 9_000L), "{}", STARTED.minusSeconds(86_400),
                STARTED.minusSeconds(86_400 - 12), null);
    }

    /** A run an MLflow client logged: parameters, metrics and tags, but no dataset, leaderboard or evaluation. */
    public static RunInfo mlflowRun() {
        return new RunInfo("5f0c2a9e1b7d4c3a8e6f0b1d2c3e4f5a", "pricing", null, null, null, null, RunStatus.SCHEDULED,
                Map.of("alpha", "0.5"), Map.of("rmse", 0.7), List.of(), null, null, null, List.of(), Map.of(), null,
                STARTED.plusSeconds(600), null, null, Map.of("mlflow.runName", "baseline"));
    }

    /** A version registered through MLflow: its model is kept elsewhere, so it has no artifact or algorithm. */
    public static ModelVersion externalVersion() {
        return new ModelVersion(MODEL, 2, null, null, null, Stage.NONE, null, 0, null, Map.of(), null,
                STARTED.plusSeconds(900));
    }

    public static ModelVersion version(Stage stage) {
        return new ModelVersion(MODEL, 1, RUN_ID, DATASET_ID, DATASET_SHA, stage,
                "c0ffee12deadbeef00112233445566778899aabbccddeeff0011223344556677", 2_457_600,
                "Gradient-boosted trees", Map.of("test_auc", 0.801, "test_accuracy", 0.765, "cv_auc", 0.792),
                new ModelSchema(List.of(new FieldSpec("age", ColumnType.NUMERIC, List.of(), 19.0, 75.0, "35")),
                        "class", Task.BINARY, List.of("good", "bad")),
                STARTED.plusSeconds(37));
    }

    public static RegisteredModel model() {
        return new RegisteredModel(MODEL, "Credit risk of loan applicants", 1, STARTED.plusSeconds(37),
                STARTED.plusSeconds(37));
    }
}

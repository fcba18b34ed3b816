package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.SubjectVersion;
import io.sightline.engine.api.Histogram;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The records the MLOps workspace's tests script: one deployment of a seller-risk model with three versions. */
final class MlopsRecords {
    static final String DEPLOYMENT = "checkout-risk";
    static final String MODEL = "seller-risk";
    static final String DATASET = "ds-1";
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final AbTestPlan AB_PLAN = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.FIXED_SAMPLE, 0.95, 0.02, 0.8, 0.7);

    private MlopsRecords() {
    }

    /**
     * A small release flow: register, a metric gate, a load test, an approval and production; the gate's and the
     * approval's failures roll back.
     */
    static FlowDefinition release() {
        return new FlowDefinition("release", "Release a new version", "Gates, a load test and an approval.", List.of(
                new FlowStep("register", "Register", StepKind.ACTION, "register", Map.of()),
                new FlowStep("metric-gate", "Metric threshold", StepKind.GATE, "metric-threshold",
                        Map.of("minimum", "${minMetric}")),
                new FlowStep("load-test", "Load test", StepKind.WAIT, "load-test", Map.of("rate", "${loadRate}")),
                new FlowStep("approval", "Approval", StepKind.APPROVAL, null, Map.of()),
                new FlowStep("production", "Production", StepKind.ACTION, "promote", Map.of()),
                new FlowStep("rollback", "Roll back", StepKind.ACTION, "rollback", Map.of())), List.of(
                new FlowEdge("register", "metric-gate", EdgeCondition.ON_PASS),
                new FlowEdge("metric-gate", "load-test", EdgeCondition.ON_PASS),
                new FlowEdge("load-test", "approval", EdgeCondition.ON_PASS),
                new FlowEdge("approval", "production", EdgeCondition.ON_PASS),
                new FlowEdge("metric-gate", "rollback", EdgeCondition.ON_FAIL),
                new FlowEdge("approval", "rollback", EdgeCondition.ON_FAIL)),
                Map.of("minMetric", "0.7", "loadRate", "50"));
    }

    /** A small import: assess a model file, register it as the next version, then release it. */
    static FlowDefinition importing() {
        return new FlowDefinition("import", "Import a model file", "Assess, register, release.", List.of(
                new FlowStep("assess", "Compatibility assessment", StepKind.GATE, "import-assessment",
                        Map.of("file", "${file}")),
                new FlowStep("register", "Register", StepKind.ACTION, "import-register", Map.of("file", "${file}")),
                new FlowStep("release", "Release", StepKind.ACTION, "start-flow", Map.of())), List.of(
                new FlowEdge("assess", "register", EdgeCondition.ON_PASS),
                new FlowEdge("register", "release", EdgeCondition.ON_PASS)),
                Map.of("file", ""), SubjectVersion.NEW);
    }

    static Deployment deployment(int version) {
        return new Deployment(DEPLOYMENT, MODEL, version, DeploymentState.LIVE, NOW.minusSeconds(86_400), NOW.minusSeconds(3600));
    }

    static List<ModelVersion> versions() {
        return List.of(version(3), version(2), version(1));
    }

    static ModelVersion version(int number) {
        ModelSchema schema = new ModelSchema(List.of(
                new FieldSpec("amount", ColumnType.NUMERIC, List.of(), 0.0, 100.0, "12.5"),
                new FieldSpec("country", ColumnType.CATEGORICAL, List.of("DE", "FR"), null, null, "DE")),
                "fraud", Task.BINARY, List.of("no", "yes"));
        return new ModelVersion(MODEL, number, "run-" + number, DATASET, "sha", number == 3 ? Stage.PRODUCTION : Stage.STAGING,
                "artifact", 1024, "logistic regression", Map.of("auc", 0.9), schema, NOW.minusSeconds(10_000L * number));
    }

    static TrafficPolicy abTest() {
        return TrafficPolicy.abTest(3, 2, 0.5, AB_PLAN);
    }

    /** An A/B report whose arms answered {@code requests} each. */
    static ReleaseReport abReport(long requests, long outcomes) {
        AbTestVerdict verdict = new AbTestVerdict(AbTestVerdict.Outcome.NO_DIFFERENCE_YET, 0.70, 0.72, 0.02, -0.01,
                0.05, 0.21, outcomes, outcomes + 10, 4000, "No difference yet: keep the test running.");
        return new ReleaseReport(DEPLOYMENT, abTest(), NOW.minusSeconds(600), List.of(
                arm("A", 3, requests), arm("B", 2, requests)), verdict, null, List.of());
    }

    static ArmReport arm(String name, int version, long requests) {
        return new ArmReport(name, version, 0.5, requests, 0.5, requests / 50, 4.0, 9.5, requests / 2,
                requests / 3, 0.66);
    }

    static DeploymentChange rollbackChange() {
        return new DeploymentChange(DEPLOYMENT, MODEL, 2, DeploymentState.LIVE, NOW.minusSeconds(7200), 3,
                PolicyKind.SINGLE, "dana", "errors rose after v3");
    }

    static DriftReport drift() {
        return new DriftReport(DEPLOYMENT, new ModelRef(MODEL, 3), NOW.minusSeconds(3600), NOW, 1000, 400, List.of(
                feature("amount", true, "wasserstein", 0.18, 0.1, true),
                feature("country", false, "jensenshannon", 0.03, 0.1, false),
                feature(DriftViewModel.PREDICTION_COLUMN, false, "jensenshannon", 0.04, 0.1, false)),
                0.5, 0.5, true);
    }

    private static FeatureDrift feature(String column, boolean numeric, String method, double score, double threshold,
            boolean drifted) {
        return new FeatureDrift(column, numeric, method, score, threshold, drifted, null, null, null, null, null,
                numeric ? null : score, numeric ? score : null, 0.0, 0.01);
    }

    static DatasetInfo dataset() {
        ColumnProfile amount = new ColumnProfile("amount", ColumnType.NUMERIC, 1000, 0, 900, 0.0, 100.0, 40.0, 20.0,
                Map.of(), List.of(), new Histogram(List.of(0.0, 50.0, 100.0), List.of(600L, 400L)));
        ColumnProfile country = new ColumnProfile("country", ColumnType.CATEGORICAL, 1000, 0, 2, null, null, null, null,
                Map.of(), List.of(new CategoryCount("DE", 700), new CategoryCount("FR", 300)), null);
        return new DatasetInfo(DATASET, "sellers", "sha", 1000, 50_000, List.of(amount, country), "fraud", List.of(),
                NOW.minusSeconds(90_000));
    }

    /** Logged predictions inside the drift report's window: amounts 10, 60, 70 and 130 (outside the range). */
    static List<LoggedPrediction> predictions() {
        return List.of(logged(1, "10", "DE"), logged(2, "60", "FR"), logged(3, "70", "IT"), logged(4, "130", "DE"));
    }

    private static LoggedPrediction logged(long id, String amount, String country) {
        return new LoggedPrediction(id, DEPLOYMENT, new ModelRef(MODEL, 3), NOW.minusSeconds(60 * id),
                Map.of("amount", amount, "country", country), "no", 0.8, 900, "p-" + id, 0.2, null, null);
    }
}

package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.SignalData;
import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.api.TrafficPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flow 1 ("same-project") on the embedded engine with trained versions of the signal model: each quality gate's
 * pass and fail branch, the automated tests through the real load tester, the four-eyes approval, a canary driven
 * by this test's traffic into production, and a canary whose guard breaks rolled back with the reason recorded.
 * Two versions answer alike (v1 serves, v2 is the candidate); two more need an extra input ("region") that the
 * test's traffic leaves out, so that a canary of one beside the other errors on every request.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SameProjectFlowTest extends TrainedOnSignalData {
    private static final Duration FLOW_END = Duration.ofSeconds(60);
    private static final String STARTER = "ann";
    /** Thresholds every version here meets, and a tiny load test and canary, so that each flow ends in seconds. */
    private static final Map<String, String> PASSING = Map.ofEntries(Map.entry("minMetric", "0.5"),
            Map.entry("maxRegression", "0.5"), Map.entry("latencyP95Millis", "1000"), Map.entry("latencyRows", "50"),
            Map.entry("loadRate", "20"), Map.entry("loadSeconds", "1"), Map.entry("loadP95Millis", "1000"),
            Map.entry("canaryShare", "0.5"), Map.entry("canarySeconds", "1"), Map.entry("canaryMinRequests", "20"),
            Map.entry("canaryMaxErrorRate", "0.01"));

    private int v1;
    private int v2;
    private int region1;
    private int region2;
    private List<Map<String, String>> inputs;

    @Override
    protected long seed() {
        return 11;
    }

    @BeforeAll
    void trainMoreVersions(@TempDir Path directory) {
        v1 = run.model().version();
        v2 = train(run.datasetId());
        String withRegion = platform.importDataset("signal-with-region",
                data.writeCsvWithRegion(directory.resolve("signal-with-region.csv"))).id();
        region1 = train(withRegion);
        region2 = train(withRegion);
        inputs = data.inputs();
    }

    private int train(String datasetId) {
        return SignalData.train(platform, datasetId).model().version();
    }

    private Flow start(int version, String deployment, Map<String, String> overrides) {
        Map<String, String> parameters = new LinkedHashMap<>(PASSING);
        parameters.putAll(overrides);
        return platform.startFlow(new FlowStart("same-project", new FlowSubject("signal", version, deployment),
                parameters), STARTER);
    }

    @Test
    void aVersionThatPassesEveryGateAndTestIsApprovedByAnotherPersonAndCanariedIntoProduction() throws Exception {
        String deployment = "flow-happy";
        platform.deploy(deployment, "signal", v1);
        String id = start(v2, deployment, Map.of()).id();

        Flow waiting = await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL || f.state().ended());
        assertThat(waiting.state()).as("flow %s", waiting).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
        for (String step : List.of("register", "metric-gate", "champion-gate", "schema-gate", "latency-gate",
                "gates-passed", "staging", "smoke-test", "load-test", "tests-passed")) {
            assertThat(waiting.step(step).state()).as("step %s: %s", step, waiting.step(step)).isEqualTo(StepState.PASSED);
        }
        assertMeasure(waiting.step("metric-gate"), "auc", Comparison.GREATER_OR_EQUAL, 0.5, true);
        assertThat(waiting.step("metric-gate").measures().get(0).value()).isGreaterThan(0.5);
        assertMeasure(waiting.step("champion-gate"), "auc of v" + v2 + " vs champion v" + v1,
                Comparison.GREATER_OR_EQUAL, Double.NaN, true);
        assertThat(waiting.step("champion-gate").outputs()).containsEntry("championVersion", String.valueOf(v1));
        assertMeasure(waiting.step("schema-gate"), "incompatible inputs", Comparison.EQUAL, 0, true);
        assertMeasure(waiting.step("latency-gate"), "p95 latency (ms)", Comparison.LESS_OR_EQUAL, 1000, true);
        assertThat(waiting.step("staging").outputs()).containsEntry("stage", "STAGING");
        assertThat(waiting.step("smoke-test").outputs()).containsEntry("answered", "20");
        StepRun load = waiting.step("load-test");
        assertMeasure(load, "p95 latency under load (ms)", Comparison.LESS_OR_EQUAL, 1000, true);
        assertMeasure(load, "error rate under load", Comparison.LESS_OR_EQUAL, 0.01, true);
        assertThat(platform.capacityTest(load.outputs().get("testId")).points()).hasSize(1);
        assertThat(platform.modelVersion("signal", v2).stage()).isEqualTo(Stage.STAGING);
        assertThat(waiting.step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
        assertThat(waiting.step("canary").state()).isEqualTo(StepState.PENDING);

        assertThatThrownBy(() -> platform.approveFlowStep(id, "approval", STARTER, "mine is fine"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("someone else must approve");
        assertThat(platform.flow(id).step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
        platform.approveFlowStep(id, "approval", "bob", "gates and tests look right");

        Flow done = driveTrafficUntilEnded(id, deployment, inputs);
        assertThat(done.state()).as("flow %s", done).isEqualTo(FlowState.SUCCEEDED);
        assertThat(done.step("approval").decidedBy()).isEqualTo("bob");
        StepRun canary = done.step("canary");
        assertThat(canary.state()).isEqualTo(StepState.PASSED);
        assertThat(canary.outputs()).containsEntry("stableVersion", String.valueOf(v1));
        assertThat(canary.measures()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("canary v" + v2 + " error rate");
            assertThat(m.value()).isZero();
            assertThat(m.passed()).isTrue();
        });
        assertThat(done.step("production").state()).isEqualTo(StepState.PASSED);
        assertThat(done.step("rollback").state()).isEqualTo(StepState.SKIPPED);
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v2));
        assertThat(platform.deployment(deployment).version()).isEqualTo(v2);
        assertThat(platform.modelVersion("signal", v2).stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(history(deployment).get(0).reason()).contains("Promoted by flow " + id);
    }

    @Test
    void aFirstReleaseMakesItsDeploymentForTheLoadTestAndNeedsNoCanary() throws Exception {
        String deployment = "flow-first";
        String id = start(v2, deployment, Map.of()).id();

        Flow waiting = await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL || f.state().ended());
        assertThat(waiting.state()).as("flow %s", waiting).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
        assertThat(waiting.step("champion-gate").message()).contains("no champion");
        assertThat(waiting.step("load-test").state()).isEqualTo(StepState.PASSED);
        assertThat(waiting.step("load-test").outputs()).containsEntry("firstRelease", "true");
        assertThat(platform.deployment(deployment).version()).isEqualTo(v2);
        platform.approveFlowStep(id, "approval", "bob", "a first release");

        Flow done = await(id, f -> f.state().ended());
        assertThat(done.state()).as("flow %s", done).isEqualTo(FlowState.SUCCEEDED);
        assertThat(done.step("canary").message()).contains("first release").contains("no other version");
        assertThat(done.step("production").state()).isEqualTo(StepState.PASSED);
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v2));
        assertThat(platform.modelVersion("signal", v2).stage()).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void gatesHeldToThresholdsTheVersionCannotMeetFailAndTakeTheRollbackBranch() throws Exception {
        String deployment = "flow-gates";
        platform.deploy(deployment, "signal", v1);
        // AUC cannot exceed 1, nor beat the champion by a whole point; no prediction takes a nanosecond
        Flow flow = await(start(v2, deployment, Map.of("minMetric", "1.01", "maxRegression", "-1",
                "latencyP95Millis", "0.000001")).id(), f -> f.state().ended());

        assertThat(flow.state()).isEqualTo(FlowState.FAILED);
        assertThat(flow.step("register").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("metric-gate").state()).isEqualTo(StepState.FAILED);
        assertMeasure(flow.step("metric-gate"), "auc", Comparison.GREATER_OR_EQUAL, 1.01, false);
        assertThat(flow.step("champion-gate").state()).isEqualTo(StepState.FAILED);
        GateMeasure champion = flow.step("champion-gate").measures().get(0);
        assertThat(champion.passed()).isFalse();
        assertThat(champion.threshold()).isGreaterThan(1).isGreaterThan(champion.value());
        assertThat(flow.step("schema-gate").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("latency-gate").state()).isEqualTo(StepState.FAILED);
        assertMeasure(flow.step("latency-gate"), "p95 latency (ms)", Comparison.LESS_OR_EQUAL, 0.000001, false);
        for (String skipped : List.of("gates-passed", "staging", "smoke-test", "load-test", "tests-passed", "approval",
                "canary", "production")) {
            assertThat(flow.step(skipped).state()).as(skipped).isEqualTo(StepState.SKIPPED);
        }
        StepRun rollback = flow.step("rollback");
        assertThat(rollback.state()).isEqualTo(StepState.PASSED);
        assertThat(rollback.outputs().get("reason")).contains("Metric threshold: Failed: auc")
                .contains("No regression against the champion: Failed").contains("Latency objective: Failed");
        assertThat(rollback.message()).startsWith("Nothing had been changed");
        assertThat(flow.message()).contains("Metric threshold failed").contains("Then: Roll back.");
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v1));
    }

    @Test
    void aVersionTrainedOnOtherColumnsFailsTheSchemaGate() throws Exception {
        String deployment = "flow-schema";
        platform.deploy(deployment, "signal", v1);
        Flow flow = await(start(region1, deployment, Map.of()).id(), f -> f.state().ended());

        assertThat(flow.state()).isEqualTo(FlowState.FAILED);
        assertThat(flow.step("schema-gate").state()).isEqualTo(StepState.FAILED);
        assertMeasure(flow.step("schema-gate"), "incompatible inputs", Comparison.EQUAL, 0, false);
        assertThat(flow.step("schema-gate").measures().get(0).value()).isEqualTo(1);
        assertThat(flow.step("schema-gate").outputs()).containsEntry("incompatible", "'region' is new");
        assertThat(flow.step("metric-gate").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("latency-gate").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("staging").state()).isEqualTo(StepState.SKIPPED);
        assertThat(flow.step("rollback").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("rollback").outputs().get("reason")).contains("Schema compatibility");
    }

    @Test
    void aCanaryThatBreaksItsGuardIsRolledBackAndTheHistorySaysWhichStepFailed() throws Exception {
        // both versions need "region", which the traffic below leaves out: the canary errors on every request
        String deployment = "flow-breach";
        platform.deploy(deployment, "signal", region1);
        Stage before = platform.modelVersion("signal", region2).stage();
        String id = start(region2, deployment, Map.of()).id();
        await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL);
        platform.approveFlowStep(id, "approval", "bob", null);

        Flow flow = driveTrafficUntilEnded(id, deployment, inputs);
        assertThat(flow.state()).isEqualTo(FlowState.FAILED);
        StepRun canary = flow.step("canary");
        assertThat(canary.state()).isEqualTo(StepState.FAILED);
        assertThat(canary.outputs()).containsEntry("stableVersion", String.valueOf(region1));
        assertThat(flow.step("production").state()).isEqualTo(StepState.SKIPPED);
        StepRun rollback = flow.step("rollback");
        assertThat(rollback.state()).isEqualTo(StepState.PASSED);
        assertThat(rollback.outputs()).containsEntry("restoredVersion", String.valueOf(region1))
                .containsEntry("restoredStage", before.name());
        assertThat(flow.message()).startsWith("Canary failed:").endsWith("Then: Roll back.");

        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(region1));
        assertThat(platform.deployment(deployment).version()).isEqualTo(region1);
        assertThat(platform.modelVersion("signal", region2).stage()).isEqualTo(before);
        DeploymentChange last = history(deployment).get(0);
        assertThat(last.version()).isEqualTo(region1);
        assertThat(last.policy()).isEqualTo(PolicyKind.SINGLE);
        // whether the step saw the breach itself or found the engine's guard had already ended the canary
        assertThat(last.reason()).startsWith("Rolled back by flow " + id + ": Canary: ").contains("guard")
                .contains("error rate");
        System.out.printf("Canary breach rolled back; the history says: %s%n", last.reason());
    }

    private static void assertMeasure(StepRun step, String name, Comparison comparison, double threshold,
                                      boolean passed) {
        assertThat(step.measures()).as("measures of %s", step.stepId()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.comparison()).isEqualTo(comparison);
            if (!Double.isNaN(threshold)) {
                assertThat(m.threshold()).isEqualTo(threshold);
            }
            assertThat(m.passed()).isEqualTo(passed);
        });
    }

    private Flow await(String flowId, Predicate<Flow> condition) throws InterruptedException {
        return FlowWaits.await(platform, flowId, FLOW_END, condition);
    }

    /** Sends requests to the deployment (some refused, for a canary that errors) until the flow ends. */
    private Flow driveTrafficUntilEnded(String flowId, String deployment, List<Map<String, String>> rows)
            throws InterruptedException {
        long deadline = System.nanoTime() + FLOW_END.toNanos();
        int next = 0;
        Flow flow = platform.flow(flowId);
        while (!flow.state().ended() && System.nanoTime() < deadline) {
            for (int i = 0; i < 20; i++) {
                try {
                    platform.predict(deployment, rows.get(next++ % rows.size()));
                } catch (PlatformException refused) {
                    // counted as the arm's error by the canary's guard
                }
            }
            Thread.sleep(20);
            flow = platform.flow(flowId);
        }
        assertThat(flow.state().ended()).as("flow %s ended; it is %s", flowId, flow).isTrue();
        return flow;
    }

    private List<DeploymentChange> history(String deployment) {
        return platform.deploymentHistory(Duration.ofHours(1)).stream()
                .filter(change -> change.deployment().equals(deployment)).toList();
    }
}

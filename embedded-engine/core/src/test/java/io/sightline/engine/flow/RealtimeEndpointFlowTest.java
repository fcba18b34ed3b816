package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SignalData;
import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
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

/**
 * Flow 3 ("realtime-endpoint") on the embedded engine: a small ramp through the real load tester whose knee sets
 * the deployment's serving limits before the health checks pass; an objective no rate keeps, which takes the
 * restore branch and puts the version and limits served before back; and an engine closed while the knee's load
 * test runs, whose flow, reopened, runs that step again with a new test in place of the one the close stopped.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RealtimeEndpointFlowTest extends TrainedOnSignalData {
    private static final Duration FLOW_END = Duration.ofSeconds(60);
    /** Two one-second steps at low rates, an objective every rate keeps, and a few health-check rows. */
    private static final Map<String, String> SMALL_RAMP = Map.ofEntries(Map.entry("startRate", "5"),
            Map.entry("endRate", "10"), Map.entry("steps", "2"), Map.entry("stepSeconds", "1"),
            Map.entry("concurrency", "4"), Map.entry("p95Millis", "1000"), Map.entry("minRate", "1"),
            Map.entry("headroom", "2"), Map.entry("whenFull", "REJECT_NEWEST"), Map.entry("healthRows", "20"));
    private static final ServingLimits BEFORE = new ServingLimits(3, 7, Duration.ofMillis(150),
            ServingLimits.WhenFull.SHED_OLDEST);

    private int v1;
    private int v2;

    @Override
    protected long seed() {
        return 13;
    }

    @BeforeAll
    void trainASecondVersion() {
        v1 = run.model().version();
        v2 = SignalData.train(platform, run.datasetId()).model().version();
    }

    @Test
    void aKneeFoundOnASmallRampSetsTheServingLimitsAndTheHealthChecksPass() throws Exception {
        String deployment = "endpoint-happy";
        platform.deploy(deployment, "signal", v1);
        Flow flow = await(start(v2, deployment, Map.of()).id(), f -> f.state().ended());

        assertThat(flow.state()).as("flow %s", flow).isEqualTo(FlowState.SUCCEEDED);
        for (String step : List.of("prepare", "knee", "capacity", "health")) {
            assertThat(flow.step(step).state()).as("step %s: %s", step, flow.step(step)).isEqualTo(StepState.PASSED);
        }
        assertThat(flow.step("restore").state()).isEqualTo(StepState.SKIPPED);
        assertThat(flow.step("prepare").outputs()).containsEntry("previousVersion", String.valueOf(v1))
                .containsEntry("previousLimits", "0/0/0/REJECT_NEWEST");
        StepRun knee = flow.step("knee");
        CapacityTest test = platform.capacityTest(knee.outputs().get("testId"));
        assertThat(test.state()).isEqualTo(CapacityTestState.FINISHED);
        assertThat(test.points()).hasSize(2);
        double sustained = Double.parseDouble(knee.outputs().get("sustainedPerSecond"));
        assertThat(sustained).isPositive();
        assertThat(knee.outputs()).containsEntry("brokenAtOfferedPerSecond", "none");

        ServingLimits limits = platform.servingLimits(deployment);
        assertThat(limits.unlimited()).isFalse();
        assertThat(limits.whenFull()).isEqualTo(ServingLimits.WhenFull.REJECT_NEWEST);
        assertThat(limits).isEqualTo(expectedFrom(knee));
        assertThat(flow.step("capacity").outputs()).containsEntry("workers", String.valueOf(limits.workers()))
                .containsEntry("queueLimit", String.valueOf(limits.queueLimit()));
        StepRun health = flow.step("health");
        assertThat(health.outputs()).containsEntry("rows", "20").containsEntry("failed", "0");
        assertThat(health.measures()).isNotEmpty().allSatisfy(m -> assertThat(m.passed()).isTrue());
        assertThat(platform.deployment(deployment).version()).isEqualTo(v2);
    }

    @Test
    void anObjectiveNoRateKeepsFailsTheKneeAndPutsTheVersionAndLimitsBack() throws Exception {
        String deployment = "endpoint-restore";
        platform.deploy(deployment, "signal", v1);
        platform.setServingLimits(deployment, BEFORE, "ann", "as the team left it");
        // no prediction takes a nanosecond
        Flow flow = await(start(v2, deployment, Map.of("p95Millis", "0.000001")).id(), f -> f.state().ended());

        assertThat(flow.state()).as("flow %s", flow).isEqualTo(FlowState.FAILED);
        assertThat(flow.step("prepare").state()).isEqualTo(StepState.PASSED);
        assertThat(flow.step("prepare").outputs()).containsEntry("previousLimits", "3/7/150/SHED_OLDEST");
        StepRun knee = flow.step("knee");
        assertThat(knee.state()).isEqualTo(StepState.FAILED);
        assertThat(knee.measures()).singleElement().satisfies(m -> {
            assertThat(m.value()).isZero();
            assertThat(m.passed()).isFalse();
        });
        assertThat(flow.step("capacity").state()).isEqualTo(StepState.SKIPPED);
        assertThat(flow.step("health").state()).isEqualTo(StepState.SKIPPED);
        StepRun restore = flow.step("restore");
        assertThat(restore.state()).isEqualTo(StepState.PASSED);
        assertThat(restore.outputs().get("reason")).contains("Find the latency knee");
        assertThat(restore.message()).contains("v" + v1 + " served again");

        assertThat(platform.deployment(deployment).version()).isEqualTo(v1);
        assertThat(platform.servingLimits(deployment)).isEqualTo(BEFORE);
    }

    @Test
    void theKneeStepRunAgainAfterARestartStartsANewTestInPlaceOfTheOneTheCloseStopped() throws Exception {
        String deployment = "endpoint-restart";
        platform.deploy(deployment, "signal", v1);
        // long enough a ramp that the engine closes in its middle
        String id = start(v2, deployment, Map.of("steps", "5", "endRate", "20")).id();
        Flow running = await(id, f -> f.step("knee").outputs().containsKey("testId") || f.state().ended());
        String first = running.step("knee").outputs().get("testId");
        assertThat(first).as("flow %s", running).isNotNull();

        Path data = platform.dataDirectory();
        platform.close();
        platform = LocalPlatform.open(data);
        assertThat(platform.capacityTest(first).state()).isEqualTo(CapacityTestState.STOPPED);

        Flow flow = await(id, f -> f.state().ended());
        assertThat(flow.state()).as("flow %s", flow).isEqualTo(FlowState.SUCCEEDED);
        String second = flow.step("knee").outputs().get("testId");
        assertThat(second).isNotEqualTo(first);
        CapacityTest test = platform.capacityTest(second);
        assertThat(test.state()).isEqualTo(CapacityTestState.FINISHED);
        assertThat(test.points()).hasSize(5);
        assertThat(platform.servingLimits(deployment)).isEqualTo(expectedFrom(flow.step("knee")));
    }

    /**
     * The limits Little's law gives for the knee the step found, with the flow's headroom of 2 and objective of
     * 1,000 ms: twice the requests in flight (at least 2) as workers, and what the objective leaves as the wait.
     */
    private static ServingLimits expectedFrom(StepRun knee) {
        double rate = Double.parseDouble(knee.outputs().get("sustainedPerSecond"));
        double latencyMillis = Double.parseDouble(knee.outputs().get("p95AtSustainedMillis"));
        int workers = (int) Math.max(2, Math.ceil(2 * rate * latencyMillis / 1_000));
        long waitMillis = (long) Math.floor(1_000 - latencyMillis);
        int queue = (int) Math.ceil(rate * waitMillis / 1_000);
        return new ServingLimits(workers, queue, Duration.ofMillis(waitMillis), ServingLimits.WhenFull.REJECT_NEWEST);
    }

    private Flow start(int version, String deployment, Map<String, String> overrides) {
        Map<String, String> parameters = new LinkedHashMap<>(SMALL_RAMP);
        parameters.putAll(overrides);
        return platform.startFlow(new FlowStart("realtime-endpoint", new FlowSubject("signal", version, deployment),
                parameters), "ann");
    }

    private Flow await(String flowId, Predicate<Flow> condition) throws InterruptedException {
        return FlowWaits.await(platform, flowId, FLOW_END, condition);
    }
}

package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.simulator.release.ChallengerFlow;
import io.sightline.simulator.release.ChallengerFlowProgress;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's challenger flow on a real engine: the challenger is trained, the release flow starts on it in the
 * demo's deployment, waits for an approval that the demo gives under its own reviewer's name, judges a canary on
 * the simulated orders and puts the challenger into production.
 */
class ChallengerFlowOnEngineTest {
    private static final Duration GENEROUS = Duration.ofMinutes(4);
    private static final String DEPLOYMENT = "seller-risk";

    @TempDir
    Path dir;

    @Test
    void theReleaseFlowTakesTheChallengerToProductionWithTheDemosApproval() {
        SimulatorConfig config = LiveOnEngine.quickWorld(dir);
        try (LocalPlatform engine = LocalPlatform.open(dir.resolve("engine"));
             MarketplaceSimulator simulator = new MarketplaceSimulator(engine, config)) {
            LiveOnEngine.startLive(simulator, GENEROUS);
            int champion = engine.deployment(DEPLOYMENT).version();

            simulator.trigger(ScenarioKind.CHALLENGER_FLOW);
            assertThat(simulator.snapshot().activeEvents()).contains(ScenarioKind.CHALLENGER_FLOW);
            Await.until("the flow waiting for approval, or over", GENEROUS, () -> simulator.challengerFlow()
                    .map(p -> p.state() == FlowState.WAITING_FOR_APPROVAL || p.over()).orElse(false));
            Await.until("the flow over", GENEROUS, () -> simulator.challengerFlow()
                    .map(ChallengerFlowProgress::over).orElse(false));

            ChallengerFlowProgress progress = simulator.challengerFlow().orElseThrow();
            assertThat(progress.gaveUp()).as(progress.words()).isFalse();
            Flow flow = engine.flow(progress.flowId());
            assertThat(flow.state()).as(flow.message()).isEqualTo(FlowState.SUCCEEDED);
            assertThat(flow.definition().id()).isEqualTo(ChallengerFlow.FLOW);
            assertThat(flow.subject().version()).isEqualTo(progress.challenger()).isGreaterThan(champion);
            StepRun approval = flow.step("approval");
            assertThat(approval.decidedBy()).isEqualTo(ChallengerFlow.REVIEWER).isNotEqualTo(flow.startedBy());
            assertThat(approval.message()).contains("demo");
            assertThat(flow.step("canary").measures()).as("the canary judged on the simulated orders").isNotEmpty();
            assertThat(flow.step("rollback").state()).isEqualTo(StepState.SKIPPED);
            assertThat(engine.deployment(DEPLOYMENT).version()).isEqualTo(progress.challenger());

            System.out.printf("Challenger flow: champion v%d, challenger v%d, %s%n", champion, progress.challenger(),
                    flow.message());
            flow.steps().forEach(s -> System.out.printf("  %-14s %-8s %s%n", s.stepId(), s.state(), s.message()));
        }
    }
}

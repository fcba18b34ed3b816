package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.simulator.release.ReleaseDecision;
import io.sightline.simulator.release.ReleasePhase;
import io.sightline.simulator.release.ReleaseProgress;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The challenger release, end to end on a real engine: the new ring works at scale, a challenger that learnt it
 * from recent orders is released beside the deployed model that never saw it, and each policy — an automatic
 * canary, a sequential A/B test, a bandit — decides on the simulated orders' delayed outcomes for the challenger.
 */
class ChallengerReleaseOnEngineTest {
    private static final Duration GENEROUS = Duration.ofMinutes(5);
    private static final String DEPLOYMENT = "seller-risk";

    @TempDir
    Path dir;

    @Test
    void everyPolicyFavoursTheChallengerThatKnowsTheNewRing() {
        SimulatorConfig config = LiveOnEngine.quickWorld(dir);
        try (LocalPlatform engine = LocalPlatform.open(dir.resolve("engine"));
             MarketplaceSimulator simulator = new MarketplaceSimulator(engine, config)) {
            LiveOnEngine.startLive(simulator, GENEROUS);

            simulator.trigger(ScenarioKind.CHALLENGER_RELEASE);
            assertThat(simulator.snapshot().activeEvents()).contains(ScenarioKind.CHALLENGER_RELEASE);

            awaitPhaseDecided(simulator, ReleasePhase.CANARY);
            ReleaseProgress progress = simulator.release().orElseThrow();
            int champion = progress.champion();
            int challenger = progress.challenger();
            assertThat(challenger).isGreaterThan(champion);
            ModelVersion challengerModel = engine.modelVersion(DEPLOYMENT, challenger);
            assertThat(challengerModel.ref().model()).isEqualTo(engine.deployment(DEPLOYMENT).model());
            assertThat(decision(simulator, ReleasePhase.CANARY).favouredVersion())
                    .as("the canary promoted the challenger: %s", decision(simulator, ReleasePhase.CANARY))
                    .isEqualTo(challenger);
            List<DeploymentChange> guardSteps = engine.deploymentHistory(Duration.ofHours(1)).stream()
                    .filter(c -> "canary guard".equals(c.by())).toList();
            assertThat(guardSteps).as("the canary's steps, recorded by its guard").isNotEmpty()
                    .anySatisfy(c -> assertThat(c.version()).isEqualTo(challenger));
            assertThat(guardSteps).noneSatisfy(c -> assertThat(c.reason()).contains("broke"));

            awaitPhaseDecided(simulator, ReleasePhase.AB_TEST);
            ReleaseDecision abTest = decision(simulator, ReleasePhase.AB_TEST);
            assertThat(abTest.favouredVersion()).as("the A/B verdict: %s", abTest.words()).isEqualTo(challenger);

            awaitPhaseDecided(simulator, ReleasePhase.BANDIT);
            Await.until("the bandit giving the challenger at least 60 % on the engine", GENEROUS,
                    () -> challengerShare(engine.policy(DEPLOYMENT), challenger) >= 0.6);
            TrafficPolicy bandit = engine.policy(DEPLOYMENT);
            assertThat(bandit.kind()).isEqualTo(PolicyKind.BANDIT);
            assertThat(decision(simulator, ReleasePhase.BANDIT).favouredVersion()).isEqualTo(challenger);
            Await.until("the release done", GENEROUS,
                    () -> simulator.release().orElseThrow().phase() == ReleasePhase.DONE);

            System.out.printf("Challenger release: champion v%d, challenger v%d%n", champion, challenger);
            simulator.release().orElseThrow().decisions().forEach(d ->
                    System.out.printf("  %s favoured v%d: %s%n", d.phase(), d.favouredVersion(), d.words()));
            System.out.printf("  bandit shares now: %s%n", bandit.arms());
        }
    }

    /** Waits for the phase's decision; a failed release ends the wait so that the assertion can say why. */
    private static void awaitPhaseDecided(MarketplaceSimulator simulator, ReleasePhase phase) {
        Await.until("the " + phase + " phase decided", GENEROUS, () -> simulator.release()
                .map(p -> p.phase() == ReleasePhase.FAILED
                        || p.decisions().stream().anyMatch(d -> d.phase() == phase)).orElse(false));
        assertThat(simulator.release().orElseThrow().phase()).as(simulator.release().orElseThrow().words())
                .isNotEqualTo(ReleasePhase.FAILED);
    }

    private static ReleaseDecision decision(MarketplaceSimulator simulator, ReleasePhase phase) {
        return simulator.release().orElseThrow().decisions().stream().filter(d -> d.phase() == phase)
                .findFirst().orElseThrow();
    }

    private static double challengerShare(TrafficPolicy policy, int challenger) {
        return policy.arms().stream().filter(a -> a.version() == challenger).mapToDouble(Arm::share).sum();
    }
}

package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sightline.engine.SignalData;
import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.RouteRule;
import io.sightline.engine.api.TrafficPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traffic policies on the embedded engine's serving path, with three versions of the signal model: two that
 * answer alike, and one trained with an extra input ("region") that refuses every row without it, planted as
 * a canary that errors. Background work (shadows, canary steps, bandit shares) is waited for by condition.
 */
class ReleasesOnSignalDataTest extends TrainedOnSignalData {
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(90);
    private static final AbTestPlan AB = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.05,
            0.8, 0.7);

    private int v1;
    private int v2;
    private int needsRegion;
    private List<Map<String, String>> inputs;

    @Override
    protected long seed() {
        return 7;
    }

    @BeforeAll
    void trainMoreVersions(@TempDir Path directory) {
        v1 = run.model().version();
        v2 = train(run.datasetId());
        Path csv = data.writeCsvWithRegion(directory.resolve("signal-with-region.csv"));
        needsRegion = train(platform.importDataset("signal-with-region", csv).id());
        inputs = data.inputs();
    }

    private int train(String datasetId) {
        return SignalData.train(platform, datasetId).model().version();
    }

    @Test
    void aSplitSharesRequestsAsPlannedOver100000Requests() {
        String deployment = "split";
        deploy(deployment);
        platform.setPolicy(deployment, TrafficPolicy.abTest(v1, v2, 0.3, AB), "test", "shares");
        platform.logPredictions(false); // the split, not the log, is measured here
        int requests = 100_000;
        Map<String, Integer> answered = new HashMap<>();
        try {
            for (int i = 0; i < requests; i++) {
                answered.merge(platform.predict(deployment, inputs.get(i % inputs.size())).arm(), 1, Integer::sum);
            }
        } finally {
            platform.logPredictions(true);
        }
        double shareOfB = answered.get("B") / (double) requests;
        System.out.printf("Split A/B planned 0.700/0.300 over %,d requests: measured %.4f/%.4f%n", requests,
                answered.get("A") / (double) requests, shareOfB);
        // four standard deviations of a binomial share: sqrt(0.3 * 0.7 / 100,000) = 0.00145
        assertThat(shareOfB).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.0058));
    }

    @Test
    void aShadowNeverAnswersAndIsLoggedAsAShadow() {
        String deployment = "shadowed";
        deploy(deployment);
        platform.setPolicy(deployment, TrafficPolicy.shadow(v1, v2, 1.0), "test", "mirror everything");
        for (int i = 0; i < 50; i++) {
            PredictionResult result = platform.predict(deployment, inputs.get(i));
            assertThat(result.arm()).isEqualTo("served");
            assertThat(result.model().version()).isEqualTo(v1);
        }
        ReleaseReport report = await(() -> platform.release(deployment, Duration.ofHours(1)),
                r -> r.arms().get(1).requests() >= 50 && r.arms().get(0).requests() >= 50);
        assertThat(report.arms()).extracting(ArmReport::arm).containsExactly("served", "shadow");
        assertThat(report.arms().get(1).version()).isEqualTo(v2);
        assertThat(report.arms().get(1).observedShare()).isEqualTo(1.0);
        List<LoggedPrediction> logged = platform.recentPredictions(deployment, 1_000);
        assertThat(logged).hasSize(50).allSatisfy(p -> assertThat(p.model().version()).isEqualTo(v1));
    }

    @Test
    void aStickyKeyAlwaysLandsOnTheSameArm() {
        String deployment = "sticky";
        deploy(deployment);
        platform.setPolicy(deployment, TrafficPolicy.abTest(v1, v2, 0.5, AB).stickyBy("size"), "test", "sticky");
        Map<String, Set<String>> armsOfSize = new HashMap<>();
        for (int round = 0; round < 5; round++) {
            for (Map<String, String> row : inputs.subList(0, 200)) {
                armsOfSize.computeIfAbsent(row.get("size"), s -> new java.util.HashSet<>())
                        .add(platform.predict(deployment, row).arm());
            }
        }
        assertThat(armsOfSize.values()).allSatisfy(arms -> assertThat(arms).hasSize(1));
        assertThat(armsOfSize.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void contextualRulesRouteAsWritten() {
        String deployment = "contextual";
        deploy(deployment);
        TrafficPolicy policy = new TrafficPolicy(PolicyKind.CONTEXTUAL, List.of(new Arm("rest", v1, 1),
                new Arm("strong", v2, 0), new Arm("red", v2, 0), new Arm("small", v1, 0)), null, null, null, null,
                List.of(new RouteRule("signal", Comparison.GREATER, "60", "strong"),
                        new RouteRule("colour", Comparison.EQUAL, "red", "red"),
                        new RouteRule("size", Comparison.LESS_OR_EQUAL, "3000.0", "small")));
        platform.setPolicy(deployment, policy, "test", "by context");
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, String> row : inputs) {
            String expected = Double.parseDouble(row.get("signal")) > 60 ? "strong"
                    : row.get("colour").equals("red") ? "red"
                    : Double.parseDouble(row.get("size")) <= 3000 ? "small" : "rest";
            assertThat(platform.predict(deployment, row).arm()).as("arm of %s", row).isEqualTo(expected);
            seen.merge(expected, 1, Integer::sum);
        }
        assertThat(seen).containsKeys("strong", "red", "small", "rest");
    }

    @Test
    void aCanaryThatHoldsItsGuardAdvancesStepByStepAndThenServesAlone() {
        String deployment = "canary-holds";
        deploy(deployment);
        // latency and success are not what this test is about: only errors can break this guard
        CanaryGuard guard = new CanaryGuard(0.01, 1_000, 1, 20, 0);
        CanaryPlan plan = new CanaryPlan(List.of(0.2, 0.5, 1.0), Duration.ofSeconds(1), guard, true);
        platform.setPolicy(deployment, TrafficPolicy.canary(v1, v2, plan), "test", "release v2");
        assertThat(platform.release(deployment, Duration.ofHours(1)).canary().step()).isEqualTo(1);
        predictUntil(deployment, () -> platform.policy(deployment).kind() == PolicyKind.SINGLE);
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v2));
        assertThat(platform.deployment(deployment).version()).isEqualTo(v2);
        List<DeploymentChange> changes = history(deployment);
        assertThat(changes.get(0).reason()).contains("held its guard at every step");
        assertThat(changes.get(0).fromVersion()).isEqualTo(v1);
        assertThat(changes).anySatisfy(change -> assertThat(change.reason()).startsWith("Step 2 of 3"));
    }

    @Test
    void aCanaryThatErrorsIsRolledBackToTheStableVersion() {
        String deployment = "canary-errors";
        deploy(deployment);
        CanaryPlan plan = new CanaryPlan(List.of(0.5, 1.0), Duration.ofMinutes(30),
                new CanaryGuard(0.01, 1_000, 1, 20, 0), true);
        platform.setPolicy(deployment, TrafficPolicy.canary(v1, needsRegion, plan), "test", "release the new one");
        predictUntil(deployment, () -> platform.policy(deployment).kind() == PolicyKind.SINGLE);
        assertThat(platform.policy(deployment)).isEqualTo(TrafficPolicy.single(v1));
        DeploymentChange rollback = history(deployment).get(0);
        assertThat(rollback.version()).isEqualTo(v1);
        assertThat(rollback.fromVersion()).isEqualTo(needsRegion);
        assertThat(rollback.by()).isEqualTo(ReleaseController.CANARY_GUARD);
        assertThat(rollback.reason()).contains("error rate");
    }

    @Test
    void aBanditMovesItsSharesTowardsTheArmWhoseOutcomesAreBetter() {
        String deployment = "bandit";
        deploy(deployment);
        BanditPlan plan = new BanditPlan(BanditReward.OUTCOME, OutcomeMetric.CORRECT, 1, 1, Duration.ofMillis(500), 0.05);
        platform.setPolicy(deployment, new TrafficPolicy(PolicyKind.BANDIT, List.of(new Arm("A", v1, 0.5),
                new Arm("B", v2, 0.5)), null, null, null, plan, null), "test", "let outcomes decide");
        long deadline = System.nanoTime() + LONG_ENOUGH.toNanos();
        int next = 0;
        while (platform.policy(deployment).arm("B").share() < 0.8) {
            if (System.nanoTime() > deadline) {
                fail("B's share stayed at " + platform.policy(deployment).arm("B").share());
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                PredictionResult result = platform.predict(deployment, inputs.get(next++ % inputs.size()));
                // B is always right, A always wrong: the planted difference the bandit must find
                String actual = result.arm().equals("B") ? result.label() : opposite(result.label());
                outcomes.add(new Outcome(result.predictionId(), actual, 0));
            }
            platform.reportOutcomes(deployment, outcomes);
            sleep(100);
        }
        ReleaseReport report = platform.release(deployment, Duration.ofHours(1));
        assertThat(report.shares()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.shares().get(report.shares().size() - 1).shares().get("B")).isGreaterThanOrEqualTo(0.8);
        ArmReport a = report.arms().get(0);
        ArmReport b = report.arms().get(1);
        assertThat(b.successRate()).isGreaterThan(a.successRate());
    }

    private static String opposite(String label) {
        return label.equals("yes") ? "no" : "yes";
    }

    /** Keeps sending requests (some refused, for a broken canary) until {@code done}. */
    private void predictUntil(String deployment, BooleanSupplier done) {
        long deadline = System.nanoTime() + LONG_ENOUGH.toNanos();
        int next = 0;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Gave up waiting; the policy is " + platform.policy(deployment));
            }
            for (int i = 0; i < 20; i++) {
                try {
                    platform.predict(deployment, inputs.get(next++ % inputs.size()));
                } catch (PlatformException refused) {
                    // the planted canary refuses rows without its extra input
                }
            }
            sleep(20);
        }
    }

    private List<DeploymentChange> history(String deployment) {
        return platform.deploymentHistory(Duration.ofHours(1)).stream()
                .filter(change -> change.deployment().equals(deployment)).toList();
    }

    private static <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> ready) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        T value = read.get();
        while (!ready.test(value) && System.nanoTime() < deadline) {
            sleep(20);
            value = read.get();
        }
        return value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

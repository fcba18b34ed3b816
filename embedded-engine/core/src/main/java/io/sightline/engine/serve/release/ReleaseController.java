package io.sightline.engine.serve.release;

import io.sightline.engine.api.Arm;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.CanaryStatus;
import io.sightline.engine.api.CanaryStatus.GuardState;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.DeploymentStore;
import io.sightline.engine.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the releases that run by themselves, every tick on every node: reads every stored policy (and so refreshes
 * the router's, changed on other nodes), judges each canary's current step with {@link CanaryJudge} on the
 * prediction log's figures since the step began, advancing it when it held long enough or sending the traffic
 * back to the stable version when its guard broke, and recomputes each bandit's shares with Thompson sampling
 * when they are due. Every change is written only over the revision judged, so a cluster makes it once.
 */
final class ReleaseController implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseController.class);
    private static final int THOMPSON_DRAWS = 10_000;
    static final String CANARY_GUARD = "canary guard";
    static final String BANDIT = "bandit";

    private final Database database;
    private final PolicyRouter router;
    private final PolicyChanges changes;
    private final ArmLedger ledger;
    private final InstantSource clock;
    private final PolicyStore policies = new PolicyStore();
    private final DeploymentStore deployments = new DeploymentStore();
    private final ThompsonSampler sampler = new ThompsonSampler(new SplittableRandom());
    private final ScheduledExecutorService ticker;

    /** A canary step's figures: the stable arm's and the canary's, since the step began. */
    private record StepFigures(ArmFigures stable, ArmFigures canary) {
    }

    ReleaseController(Database database, PolicyRouter router, PolicyChanges changes, ArmLedger ledger,
                      InstantSource clock, Duration tick) {
        this.database = database;
        this.router = router;
        this.changes = changes;
        this.ledger = ledger;
        this.clock = clock;
        this.ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sightline-releases").factory());
        ticker.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round over every stored policy; a failure on one deployment does not stop the others. */
    void tick() {
        List<PolicyStore.StoredPolicy> stored;
        try {
            stored = database.read(policies::all);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the traffic policies: {}", e.getMessage());
            return;
        }
        router.refresh(stored);
        for (PolicyStore.StoredPolicy policy : stored) {
            try {
                switch (policy.policy().kind()) {
                    case CANARY -> judge(policy);
                    case BANDIT -> reshare(policy);
                    default -> { }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not run the release of {}: {}", policy.deployment(), e.getMessage(), e);
            }
        }
    }

    /** Where the canary stands in its current step. */
    CanaryStatus status(PolicyStore.StoredPolicy stored) {
        CanaryPlan plan = stored.policy().canary();
        StepFigures figures = figures(stored);
        GuardState state = CanaryJudge.judge(plan.guard(), figures.stable(), figures.canary());
        Instant mayAdvanceAt = plan.automatic() ? stored.stepStartedAt().plus(plan.stepEvery()) : null;
        String next = switch (state) {
            case BREACHED -> " The traffic goes back to the stable version.";
            case HOLDING -> plan.automatic() ? " It advances once the step has lasted " + plan.stepEvery().toSeconds()
                    + " s." : " It advances when someone sets the next step.";
            case WAITING_FOR_TRAFFIC -> "";
        };
        return new CanaryStatus(stored.step() + 1, plan.steps().size(), canaryArm(stored.policy()).share(),
                stored.stepStartedAt(), mayAdvanceAt, state,
                CanaryJudge.explain(plan.guard(), figures.stable(), figures.canary()) + next);
    }

    private void judge(PolicyStore.StoredPolicy stored) {
        TrafficPolicy policy = stored.policy();
        CanaryPlan plan = policy.canary();
        StepFigures figures = figures(stored);
        GuardState state = CanaryJudge.judge(plan.guard(), figures.stable(), figures.canary());
        int stable = policy.primary().version();
        int canary = canaryArm(policy).version();
        String words = CanaryJudge.explain(plan.guard(), figures.stable(), figures.canary());
        if (state == GuardState.BREACHED) {
            changes.setIfUnchanged(stored, TrafficPolicy.single(stable), 0, true,
                    new PolicyChanges.Why(canary, CANARY_GUARD, "The canary broke its guard: " + words));
            return;
        }
        boolean due = !clock.instant().isBefore(stored.stepStartedAt().plus(plan.stepEvery()));
        if (state != GuardState.HOLDING || !plan.automatic() || !due) {
            return;
        }
        int next = stored.step() + 1;
        List<Double> steps = plan.steps();
        boolean whole = next < steps.size() ? steps.get(next) >= 1 : steps.get(steps.size() - 1) >= 1;
        if (whole) {
            changes.setIfUnchanged(stored, TrafficPolicy.single(canary), 0, true, new PolicyChanges.Why(stable,
                    CANARY_GUARD, "The canary held its guard at every step: version " + canary + " serves alone. "
                    + words));
        } else if (next < steps.size()) {
            double share = steps.get(next);
            changes.setIfUnchanged(stored, withShares(policy, List.of(1 - share, share)), next, false,
                    new PolicyChanges.Why(stable, CANARY_GUARD, "Step " + (next + 1) + " of " + steps.size()
                            + ": the canary takes " + String.format(Locale.ROOT, "%.4g", share * 100) + " %. " + words));
        }
    }

    private void reshare(PolicyStore.StoredPolicy stored) {
        TrafficPolicy policy = stored.policy();
        BanditPlan plan = policy.bandit();
        Instant now = clock.instant();
        if (now.isBefore(stored.stepStartedAt().plus(plan.updateEvery()))) {
            return;
        }
        ArmLedger.Tallies tallies = ledger.tally(stored.deployment(), model(stored), plan.metric(), stored.since(), now);
        Map<String, double[]> posteriors = new LinkedHashMap<>();
        for (Arm arm : policy.arms()) {
            posteriors.put(arm.name(), tallies.posterior(plan, arm.name()).toArray());
        }
        Map<String, Double> shares = sampler.shares(posteriors, THOMPSON_DRAWS, plan.minShare());
        changes.reshare(stored, withShares(policy, policy.arms().stream().map(arm -> shares.get(arm.name())).toList()));
    }

    private StepFigures figures(PolicyStore.StoredPolicy stored) {
        TrafficPolicy policy = stored.policy();
        ArmLedger.Tallies tallies = ledger.tally(stored.deployment(), model(stored), OutcomeMetric.CORRECT,
                stored.stepStartedAt(), clock.instant().plusMillis(1));
        return new StepFigures(tallies.of(policy.primary().name()).figures(),
                tallies.of(canaryArm(policy).name()).figures());
    }

    private String model(PolicyStore.StoredPolicy stored) {
        return database.read(c -> deployments.get(c, stored.deployment())).model();
    }

    private static Arm canaryArm(TrafficPolicy policy) {
        return policy.arms().get(1);
    }

    /** The same policy with the arms' shares replaced, in the arms' order. */
    private static TrafficPolicy withShares(TrafficPolicy policy, List<Double> shares) {
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < policy.arms().size(); i++) {
            Arm arm = policy.arms().get(i);
            arms.add(new Arm(arm.name(), arm.version(), shares.get(i)));
        }
        return new TrafficPolicy(policy.kind(), arms, policy.stickyKey(), policy.canary(), policy.abTest(),
                policy.bandit(), policy.routes());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

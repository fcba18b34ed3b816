package io.sightline.engine.serve.release;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.CanaryStatus;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.RouteRule;
import io.sightline.engine.api.ShareSample;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.DeploymentHistory;
import io.sightline.engine.serve.LiveModels;
import io.sightline.engine.serve.LocalDeployments;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Releases in this engine: a deployment's traffic policy is checked against the versions Sightline holds and the
 * inputs its model takes, stored and recorded with who and why; reports read the prediction log arm by arm.
 */
public final class LocalReleases implements Releases, AutoCloseable {
    private final Database database;
    private final LocalDeployments deployments;
    private final Registry registry;
    private final PolicyRouter router;
    private final PolicyChanges changes;
    private final ReleaseController controller;
    private final ArmLedger ledger;
    private final InstantSource clock;
    private final PolicyStore policies = new PolicyStore();
    private final DeploymentHistory history = new DeploymentHistory();

    /**
     * {@code positiveLabel}: the positive class of a yes/no model version (null for others); {@code tick}: how
     * often canaries are judged and bandits' shares looked at (each at its own plan's pace).
     */
    public LocalReleases(Database database, EventLog events, LocalDeployments deployments, Registry registry,
                         LiveModels live, PolicyRouter router, Function<ModelRef, String> positiveLabel,
                         InstantSource clock, Duration tick) {
        this.database = database;
        this.deployments = deployments;
        this.registry = registry;
        this.router = router;
        this.clock = clock;
        this.changes = new PolicyChanges(database, events, live, router);
        this.ledger = new ArmLedger(database, positiveLabel);
        this.controller = new ReleaseController(database, router, changes, ledger, clock, tick);
    }

    @Override
    public TrafficPolicy policy(String deployment) {
        return router.policy(deployment).stored().policy();
    }

    @Override
    public Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        if (policy == null) {
            throw PlatformException.invalid("Give the traffic policy the deployment should serve under.");
        }
        Deployment served = deployments.deployment(deployment);
        for (Arm arm : policy.arms()) {
            deployments.requireServable(served.model(), arm.version());
        }
        requireInputs(served.model(), policy);
        int step = policy.kind() == PolicyKind.CANARY ? stepOf(policy) : 0;
        return changes.set(deployment, policy, step, new PolicyChanges.Why(served.version(), by, plain(reason)));
    }

    @Override
    public Deployment rollback(String deployment, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw PlatformException.invalid("Say why you roll back: the reason is kept in the deployment's history.");
        }
        Deployment served = deployments.deployment(deployment);
        TrafficPolicy current = policy(deployment);
        int back;
        int from;
        if (current.kind() == PolicyKind.SINGLE) {
            from = served.version();
            back = database.read(c -> history.of(c, deployment)).stream()
                    .mapToInt(DeploymentChange::version).filter(version -> version != from).findFirst()
                    .orElseThrow(() -> PlatformException.invalid("'" + deployment + "' has only ever served version "
                            + from + " of '" + served.model() + "': there is no earlier version to roll back to."));
        } else {
            // a release in progress ends: the version it started from serves alone again
            back = current.primary().version();
            from = current.arms().get(1).version();
        }
        deployments.requireServable(served.model(), back);
        return changes.set(deployment, TrafficPolicy.single(back), 0, new PolicyChanges.Why(from, by, reason.strip()));
    }

    @Override
    public ReleaseReport release(String deployment, Duration window) {
        ArgumentRules.window(window);
        Deployment served = deployments.deployment(deployment);
        PolicyStore.StoredPolicy stored = database.read(c -> policies.find(c, deployment))
                .orElseGet(() -> PolicyRouter.alone(served));
        TrafficPolicy policy = stored.policy();
        Instant now = clock.instant();
        Instant from = later(now.minus(window), stored.since());
        ArmLedger.Tallies tallies = ledger.tally(deployment, served.model(), metric(policy), from, now);
        List<ArmReport> arms = policy.arms().stream().map(arm -> tallies.report(policy, arm)).toList();
        AbTestVerdict verdict = null;
        if (policy.kind() == PolicyKind.AB_TEST) {
            verdict = verdict(deployment, served.model(), policy, stored.since(), now);
        }
        CanaryStatus canary = policy.kind() == PolicyKind.CANARY ? controller.status(stored) : null;
        List<ShareSample> shares = database.read(c -> policies.samples(c, deployment, from));
        return new ReleaseReport(deployment, policy, stored.since(), arms, verdict, canary, shares);
    }

    /**
     * The A/B test's verdict on the whole test so far, whatever the report's window: the predictions since the
     * policy began that are old enough for their outcome to be known.
     */
    private AbTestVerdict verdict(String deployment, String model, TrafficPolicy policy, Instant since, Instant now) {
        AbTestPlan plan = policy.abTest();
        ArmLedger.Tallies matured = ledger.tally(deployment, model, plan.metric(), since,
                later(since, now.minus(plan.outcomeWindow())));
        ArmLedger.Tally a = matured.of(policy.arms().get(0).name());
        ArmLedger.Tally b = matured.of(policy.arms().get(1).name());
        return AbTests.verdict(plan, a.successes(), a.outcomes(), b.successes(), b.outcomes());
    }

    @Override
    public AbTestDesign planAbTest(AbTestPlan plan) {
        if (plan == null) {
            throw PlatformException.invalid("Give the A/B test plan: its outcome, method, confidence, power, expected"
                    + " rate and smallest difference.");
        }
        return AbTests.design(plan);
    }

    /** The outcome that counts as a success for the policy's kind: the plan's for A/B tests and bandits. */
    static OutcomeMetric metric(TrafficPolicy policy) {
        return switch (policy.kind()) {
            case AB_TEST -> policy.abTest().metric();
            case BANDIT -> policy.bandit().metric();
            default -> OutcomeMetric.CORRECT;
        };
    }

    /** The canary step (0-based) whose share the canary arm has: the first step at or above it. */
    static int stepOf(TrafficPolicy policy) {
        double share = policy.arms().get(1).share();
        List<Double> steps = policy.canary().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) >= share - 1e-9) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    /** The sticky key and the routes' columns must be inputs of the model the policy's first arm serves. */
    private void requireInputs(String model, TrafficPolicy policy) {
        ModelSchema schema = registry.modelVersion(model, policy.primary().version()).schema();
        Set<String> inputs = schema.inputs().stream().map(FieldSpec::name).collect(Collectors.toSet());
        if (policy.stickyKey() != null && !inputs.contains(policy.stickyKey())) {
            throw PlatformException.invalid("The sticky key '" + policy.stickyKey() + "' is not an input of '" + model
                    + "'; choose one of: " + String.join(", ", inputs) + ".");
        }
        for (RouteRule route : policy.routes()) {
            if (!inputs.contains(route.column())) {
                throw PlatformException.invalid("The route on '" + route.column() + "' reads no input of '" + model
                        + "'; choose one of: " + String.join(", ", inputs) + ".");
            }
        }
    }

    private static String plain(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void close() {
        controller.close();
    }
}

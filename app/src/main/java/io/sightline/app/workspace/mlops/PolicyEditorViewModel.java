package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The traffic-policy editor of the chosen deployment. It starts from the policy the deployment serves under;
 * every edit rebuilds the {@link TrafficPolicy} from the form, and whatever the seam's records refuse is shown
 * in their own words ({@link #problemProperty()}), so no rule is written twice. For an A/B test the sample size
 * its plan needs is asked of the platform as the plan changes (latest request wins). "Apply" sets the policy,
 * recorded with who and why.
 */
public final class PolicyEditorViewModel {
    private final Releases releases;
    private final TaskExecutor tasks;
    private final LatestRequest designs;
    private final String user;
    private final Runnable applied;
    private DeploymentModel model;
    private boolean loading;
    private AbTestPlan plannedFor;

    /** {@code applied} runs after a policy was set, so that the rest of the workspace reloads. */
    public PolicyEditorViewModel(Releases releases, TaskExecutor tasks, String user, Runnable applied) {
        this.releases = Objects.requireNonNull(releases);
        this.tasks = Objects.requireNonNull(tasks);
        this.designs = new LatestRequest(tasks);
        this.user = Objects.requireNonNull(user);
        this.applied = Objects.requireNonNull(applied);
        kind.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                shapeFor(now);
            }
        });
        InvalidationListener rebuild = obs -> rebuild();
        for (Observable field : List.of(kind, stickyKey, canarySteps, canaryStepMinutes, guardMaxErrorRate,
                guardMaxLatencyRatio, guardMaxSuccessDrop, guardMinRequests, guardMinOutcomes, canaryAutomatic,
                abMetric, abMethod, abConfidence, abMinimumEffect, abPower, abBaseline, abOutcomeHours, banditReward, banditMetric,
                banditPriorAlpha, banditPriorBeta, banditUpdateSeconds, banditMinShare, arms, routes)) {
            field.addListener(rebuild);
        }
    }

    // ---- the form

    private final ObjectProperty<PolicyKind> kind = new SimpleObjectProperty<>(this, "kind", PolicyKind.SINGLE);

    public ObjectProperty<PolicyKind> kindProperty() {
        return kind;
    }

    private final ObservableList<ArmDraft> arms = FXCollections.observableArrayList(ArmDraft::fields);

    /** The arms being edited, the first the one that answers when nothing else decides. */
    public ObservableList<ArmDraft> arms() {
        return arms;
    }

    private final ObjectProperty<String> stickyKey = new SimpleObjectProperty<>(this, "stickyKey");

    /** The input column that keeps an entity on one arm; null for none. */
    public ObjectProperty<String> stickyKeyProperty() {
        return stickyKey;
    }

    private final StringProperty canarySteps = new SimpleStringProperty(this, "canarySteps", "0.05, 0.25, 0.5, 1");
    private final StringProperty canaryStepMinutes = new SimpleStringProperty(this, "canaryStepMinutes", "10");
    private final BooleanProperty canaryAutomatic = new SimpleBooleanProperty(this, "canaryAutomatic", true);
    private final StringProperty guardMaxErrorRate = new SimpleStringProperty(this, "guardMaxErrorRate");
    private final StringProperty guardMaxLatencyRatio = new SimpleStringProperty(this, "guardMaxLatencyRatio");
    private final StringProperty guardMaxSuccessDrop = new SimpleStringProperty(this, "guardMaxSuccessDrop");
    private final StringProperty guardMinRequests = new SimpleStringProperty(this, "guardMinRequests");
    private final StringProperty guardMinOutcomes = new SimpleStringProperty(this, "guardMinOutcomes");

    {
        showGuard(CanaryGuard.standard());
    }

    /** The canary arm's share at each step, as typed: "0.05, 0.25, 0.5, 1". */
    public StringProperty canaryStepsProperty() {
        return canarySteps;
    }

    public StringProperty canaryStepMinutesProperty() {
        return canaryStepMinutes;
    }

    public BooleanProperty canaryAutomaticProperty() {
        return canaryAutomatic;
    }

    public StringProperty guardMaxErrorRateProperty() {
        return guardMaxErrorRate;
    }

    public StringProperty guardMaxLatencyRatioProperty() {
        return guardMaxLatencyRatio;
    }

    public StringProperty guardMaxSuccessDropProperty() {
        return guardMaxSuccessDrop;
    }

    public StringProperty guardMinRequestsProperty() {
        return guardMinRequests;
    }

    public StringProperty guardMinOutcomesProperty() {
        return guardMinOutcomes;
    }

    private final ObjectProperty<OutcomeMetric> abMetric = new SimpleObjectProperty<>(this, "abMetric", OutcomeMetric.CORRECT);
    private final ObjectProperty<AbTestMethod> abMethod = new SimpleObjectProperty<>(this, "abMethod", AbTestMethod.SEQUENTIAL);
    private final StringProperty abConfidence = new SimpleStringProperty(this, "abConfidence", "0.95");
    private final StringProperty abMinimumEffect = new SimpleStringProperty(this, "abMinimumEffect", "0.02");
    private final StringProperty abPower = new SimpleStringProperty(this, "abPower", "0.8");
    private final StringProperty abBaseline = new SimpleStringProperty(this, "abBaseline", "0.7");
    private final StringProperty abOutcomeHours = new SimpleStringProperty(this, "abOutcomeHours", "0");

    public ObjectProperty<OutcomeMetric> abMetricProperty() {
        return abMetric;
    }

    public ObjectProperty<AbTestMethod> abMethodProperty() {
        return abMethod;
    }

    public StringProperty abConfidenceProperty() {
        return abConfidence;
    }

    public StringProperty abMinimumEffectProperty() {
        return abMinimumEffect;
    }

    public StringProperty abPowerProperty() {
        return abPower;
    }

    public StringProperty abBaselineProperty() {
        return abBaseline;
    }

    /** Hours after a prediction until its outcome is known: the A/B verdict counts only predictions that old. */
    public StringProperty abOutcomeHoursProperty() {
        return abOutcomeHours;
    }

    private final ObjectProperty<BanditReward> banditReward = new SimpleObjectProperty<>(this, "banditReward", BanditReward.OUTCOME);
    private final ObjectProperty<OutcomeMetric> banditMetric = new SimpleObjectProperty<>(this, "banditMetric", OutcomeMetric.CORRECT);
    private final StringProperty banditPriorAlpha = new SimpleStringProperty(this, "banditPriorAlpha", "1");
    private final StringProperty banditPriorBeta = new SimpleStringProperty(this, "banditPriorBeta", "1");
    private final StringProperty banditUpdateSeconds = new SimpleStringProperty(this, "banditUpdateSeconds", "10");
    private final StringProperty banditMinShare = new SimpleStringProperty(this, "banditMinShare", "0.02");

    public ObjectProperty<BanditReward> banditRewardProperty() {
        return banditReward;
    }

    public ObjectProperty<OutcomeMetric> banditMetricProperty() {
        return banditMetric;
    }

    public StringProperty banditPriorAlphaProperty() {
        return banditPriorAlpha;
    }

    public StringProperty banditPriorBetaProperty() {
        return banditPriorBeta;
    }

    public StringProperty banditUpdateSecondsProperty() {
        return banditUpdateSeconds;
    }

    public StringProperty banditMinShareProperty() {
        return banditMinShare;
    }

    private final ObservableList<RouteDraft> routes = FXCollections.observableArrayList(RouteDraft::fields);

    /** Contextual routes, in the order they are tried. */
    public ObservableList<RouteDraft> routes() {
        return routes;
    }

    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    /** Why the policy changes: recorded in the deployment's history. */
    public StringProperty reasonProperty() {
        return reason;
    }

    // ---- what the form makes

    private final ObservableList<Integer> versions = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();

    /** The model's versions an arm can serve, newest first. */
    public ObservableList<Integer> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    /** The served version's input columns: sticky keys and routes choose from these. */
    public ObservableList<String> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    private final ReadOnlyObjectWrapper<TrafficPolicy> policy = new ReadOnlyObjectWrapper<>(this, "policy");

    /** The policy the form makes; null while the records refuse it. */
    public ReadOnlyObjectProperty<TrafficPolicy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** What is wrong with the form, in the records' words; empty when it makes a policy. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper sampleSize = new ReadOnlyStringWrapper(this, "sampleSize", "");

    /** The outcomes the A/B test needs before its verdict, as the platform plans it; empty for other kinds. */
    public ReadOnlyStringProperty sampleSizeProperty() {
        return sampleSize.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Why the platform refused the last "Apply"; empty when it took it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private final BooleanBinding canApply = Bindings.createBooleanBinding(() -> policy.get() != null
            && !reason.get().isBlank() && !working.get(), policy, reason, working);

    /** True when the form makes a policy, a reason is given and nothing is being applied. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    // ---- commands

    /** Starts from what {@code deployment} serves under now; null empties the editor. */
    public void load(DeploymentModel deployment, TrafficPolicy current) {
        boolean other = model == null || deployment == null || !model.name().equals(deployment.name());
        model = deployment;
        loading = true;
        try {
            versions.setAll(deployment == null ? List.of() : deployment.versionNumbers());
            columns.setAll(deployment == null ? List.of() : deployment.inputColumns());
            TrafficPolicy shown = current != null ? current
                    : deployment == null ? null : TrafficPolicy.single(deployment.deployment().version());
            kind.set(shown == null ? PolicyKind.SINGLE : shown.kind());
            arms.setAll(shown == null ? List.of() : shown.arms().stream().map(ArmDraft::of).toList());
            stickyKey.set(shown == null ? null : shown.stickyKey());
            routes.setAll(shown == null ? List.of() : shown.routes().stream().map(RouteDraft::of).toList());
            if (shown != null && shown.canary() != null) {
                showCanary(shown.canary());
            }
            if (shown != null && shown.abTest() != null) {
                showAbTest(shown.abTest());
            }
            if (shown != null && shown.bandit() != null) {
                showBandit(shown.bandit());
            }
            if (other) {
                reason.set("");
                error.set("");
                notice.set("");
            }
        } finally {
            loading = false;
        }
        rebuild();
    }

    /** Adds an arm serving the newest other version with no share (bandits and contextual routing take up to 10). */
    public void addArm() {
        if (model == null) {
            return;
        }
        int version = model.otherVersion();
        String name = "v" + version;
        for (int n = 2; armNamed(name); n++) {
            name = "v" + version + "-" + n;
        }
        arms.add(new ArmDraft(name, version, 0));
    }

    private boolean armNamed(String name) {
        return arms.stream().anyMatch(a -> name.equals(a.nameProperty().get()));
    }

    public void removeArm(ArmDraft arm) {
        arms.remove(arm);
    }

    /** Adds a route on the first input column to the second arm. */
    public void addRoute() {
        String column = columns.isEmpty() ? null : columns.get(0);
        String arm = arms.size() > 1 ? arms.get(1).nameProperty().get() : null;
        routes.add(new RouteDraft(column, Comparison.EQUAL, "", arm));
    }

    public void removeRoute(RouteDraft route) {
        routes.remove(route);
    }

    /** Serves the deployment under the form's policy; nothing is sent while the form makes none. */
    public void apply() {
        TrafficPolicy chosen = policy.get();
        if (model == null || chosen == null || reason.get().isBlank() || working.get()) {
            return;
        }
        String deployment = model.name();
        String why = reason.get().strip();
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(() -> releases.setPolicy(deployment, chosen, user, why))
                .onSuccess(done -> {
                    notice.set("Applied to " + deployment + ": " + ReleaseWording.policy(chosen) + ".");
                    reason.set("");
                    applied.run();
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "setting the policy of " + deployment)))
                .onFinished(() -> working.set(false)));
    }

    // ---- building the policy from the form

    private void rebuild() {
        if (loading) {
            return;
        }
        try {
            TrafficPolicy built = build();
            policy.set(built);
            problem.set("");
        } catch (PlatformException refused) {
            policy.set(null);
            problem.set(refused.getMessage());
        }
        planSampleSize();
    }

    private TrafficPolicy build() {
        if (model == null) {
            throw PlatformException.invalid("Choose a deployment first.");
        }
        List<Arm> built = arms.stream().map(ArmDraft::arm).toList();
        PolicyKind chosen = kind.get();
        return new TrafficPolicy(chosen, built, stickyKey.get(),
                chosen == PolicyKind.CANARY ? canaryPlan() : null,
                chosen == PolicyKind.AB_TEST ? abTestPlan() : null,
                chosen == PolicyKind.BANDIT ? banditPlan() : null,
                chosen == PolicyKind.CONTEXTUAL ? routes.stream().map(RouteDraft::rule).toList() : null);
    }

    private CanaryPlan canaryPlan() {
        CanaryGuard guard = new CanaryGuard(
                FormNumbers.decimal(guardMaxErrorRate.get(), "the largest error rate"),
                FormNumbers.decimal(guardMaxLatencyRatio.get(), "the latency limit"),
                FormNumbers.decimal(guardMaxSuccessDrop.get(), "the largest drop in success rate"),
                FormNumbers.whole(guardMinRequests.get(), "the requests needed to judge"),
                FormNumbers.whole(guardMinOutcomes.get(), "the outcomes needed to judge success"));
        return new CanaryPlan(FormNumbers.decimals(canarySteps.get(), "each canary step"),
                Duration.ofMinutes(FormNumbers.whole(canaryStepMinutes.get(), "the minutes of each step")), guard,
                canaryAutomatic.get());
    }

    private AbTestPlan abTestPlan() {
        return new AbTestPlan(abMetric.get(), abMethod.get(),
                FormNumbers.decimal(abConfidence.get(), "the confidence"),
                FormNumbers.decimal(abMinimumEffect.get(), "the smallest difference worth finding"),
                FormNumbers.decimal(abPower.get(), "the power"),
                FormNumbers.decimal(abBaseline.get(), "the expected success rate of A"),
                Duration.ofMinutes(Math.round(60 * FormNumbers.decimal(abOutcomeHours.get(),
                        "the hours until an outcome is known"))));
    }

    private BanditPlan banditPlan() {
        return new BanditPlan(banditReward.get(), banditMetric.get(),
                FormNumbers.decimal(banditPriorAlpha.get(), "the prior's first number"),
                FormNumbers.decimal(banditPriorBeta.get(), "the prior's second number"),
                Duration.ofSeconds(FormNumbers.whole(banditUpdateSeconds.get(), "the seconds between updates")),
                FormNumbers.decimal(banditMinShare.get(), "the least share"));
    }

    /** Asks the platform for the A/B plan's sample size when the plan changed. */
    private void planSampleSize() {
        AbTestPlan plan = policy.get() == null ? null : policy.get().abTest();
        if (Objects.equals(plan, plannedFor)) {
            return;
        }
        plannedFor = plan;
        designs.cancel();
        sampleSize.set("");
        if (plan == null) {
            return;
        }
        designs.submit(BackgroundTask.of(() -> releases.planAbTest(plan))
                .onSuccess(design -> sampleSize.set("Needs " + Figures.count(design.outcomesPerArm())
                        + " outcomes per arm (" + Figures.count(design.outcomesInAll()) + " in all) before the verdict"
                        + (plan.method() == AbTestMethod.SEQUENTIAL ? "; the sequential test may decide earlier." : ".")))
                .onFailure(failure -> sampleSize.set(FailureMessages.plain(failure, "planning the A/B test"))));
    }

    // ---- filling the form

    /** Gives the arms the shape {@code chosen} needs: names, the version served first, the newest other next. */
    private void shapeFor(PolicyKind chosen) {
        if (model == null) {
            return;
        }
        int served = model.deployment().version();
        int other = model.otherVersion();
        double firstStep = firstCanaryStep();
        List<ArmDraft> shaped = switch (chosen) {
            case SINGLE -> List.of(new ArmDraft("live", served, 1));
            case CANARY -> List.of(new ArmDraft("stable", served, 1 - firstStep), new ArmDraft("canary", other, firstStep));
            case AB_TEST -> List.of(new ArmDraft("A", served, 0.5), new ArmDraft("B", other, 0.5));
            case SHADOW -> List.of(new ArmDraft("served", served, 1), new ArmDraft("shadow", other, 0.25));
            case BANDIT -> List.of(new ArmDraft("v" + served, served, 0.5),
                    new ArmDraft(other == served ? "v" + other + "-2" : "v" + other, other, 0.5));
            case CONTEXTUAL -> List.of(new ArmDraft("default", served, 1), new ArmDraft("routed", other, 0));
        };
        loading = true;
        try {
            arms.setAll(shaped);
            routes.clear();
            if (chosen == PolicyKind.CONTEXTUAL) {
                addRoute();
            }
        } finally {
            loading = false;
        }
        rebuild();
    }

    private double firstCanaryStep() {
        try {
            List<Double> steps = FormNumbers.decimals(canarySteps.get(), "each canary step");
            return steps.isEmpty() || !(steps.get(0) > 0 && steps.get(0) <= 1) ? 0.05 : steps.get(0);
        } catch (PlatformException unreadable) {
            return 0.05;
        }
    }

    private void showCanary(CanaryPlan plan) {
        canarySteps.set(plan.steps().stream().map(Figures::number).collect(Collectors.joining(", ")));
        canaryStepMinutes.set(Long.toString(plan.stepEvery().toMinutes()));
        canaryAutomatic.set(plan.automatic());
        showGuard(plan.guard());
    }

    private void showGuard(CanaryGuard guard) {
        guardMaxErrorRate.set(Figures.number(guard.maxErrorRate()));
        guardMaxLatencyRatio.set(Figures.number(guard.maxLatencyRatio()));
        guardMaxSuccessDrop.set(Figures.number(guard.maxSuccessDrop()));
        guardMinRequests.set(Integer.toString(guard.minRequests()));
        guardMinOutcomes.set(Integer.toString(guard.minOutcomes()));
    }

    private void showAbTest(AbTestPlan plan) {
        abMetric.set(plan.metric());
        abMethod.set(plan.method());
        abConfidence.set(Figures.number(plan.confidence()));
        abMinimumEffect.set(Figures.number(plan.minimumDetectableEffect()));
        abPower.set(Figures.number(plan.power()));
        abBaseline.set(Figures.number(plan.baselineRate()));
        abOutcomeHours.set(Figures.number(plan.outcomeWindow().toMinutes() / 60.0));
    }

    private void showBandit(BanditPlan plan) {
        banditReward.set(plan.reward());
        banditMetric.set(plan.metric());
        banditPriorAlpha.set(Figures.number(plan.priorAlpha()));
        banditPriorBeta.set(Figures.number(plan.priorBeta()));
        banditUpdateSeconds.set(Long.toString(plan.updateEvery().toSeconds()));
        banditMinShare.set(Figures.number(plan.minShare()));
    }
}

package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.AbTestVerdict;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.CanaryGuard;
import io.sightline.engine.api.CanaryPlan;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.TrafficPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MlopsViewModelTest {
    private final MlopsPlatform platform = new MlopsPlatform();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicReference<Instant> clock = new AtomicReference<>(MlopsRecords.NOW);
    private final MlopsViewModel viewModel = new MlopsViewModel(platform.whole(), new CurrentThreadTaskExecutor(),
            new UiTiming(scheduler, scheduler.now::get, clock::get), "erin", DataOrigin.OWN);

    /** Lets the UI thread run what is due, a while after the last time. */
    private void runUi() {
        scheduler.now.addAndGet(MlopsViewModel.MIN_RELOAD_INTERVAL_MILLIS);
        scheduler.runPending();
    }

    /** One poll of the release, two seconds after the last, applied on the UI thread. */
    private void pollAndApply() {
        clock.set(clock.get().plusSeconds(2));
        viewModel.release().poll();
        runUi();
    }

    @BeforeEach
    void openTheWorkspace() {
        viewModel.activate();
        runUi();
        assertThat(viewModel.selectedProperty().get()).isEqualTo(MlopsRecords.DEPLOYMENT);
    }

    @Test
    void theDeploymentListSaysWhatRunsUnderWhichPolicyAndTheHistoryWhoChangedWhat() {
        DeploymentRow row = viewModel.deployments().get(0);
        assertThat(row.serves()).isEqualTo("seller-risk v3");
        assertThat(row.policyWords()).isEqualTo("A/B test: A v3 50.0 %, B v2 50.0 %");

        HistoryRow change = viewModel.history().get(0);
        assertThat(change.fromTo()).isEqualTo("v3 → v2");
        assertThat(change.by()).isEqualTo("dana");
        assertThat(change.reason()).isEqualTo("errors rose after v3");
    }

    @Test
    void editingACanaryMakesThePolicyRecordAndApplySetsItWithWhoAndWhy() {
        PolicyEditorViewModel editor = viewModel.policy();
        editor.kindProperty().set(PolicyKind.CANARY);
        editor.canaryStepsProperty().set("0.1, 0.5, 1");
        editor.arms().get(0).shareProperty().set("0.9");
        editor.arms().get(1).shareProperty().set("0.1");
        editor.stickyKeyProperty().set("country");
        assertThat(editor.canApplyProperty().get()).as("no reason yet").isFalse();
        editor.reasonProperty().set("try v2 on a tenth");
        editor.apply();

        TrafficPolicy expected = new TrafficPolicy(PolicyKind.CANARY, List.of(new Arm("stable", 3, 0.9),
                new Arm("canary", 2, 0.1)), "country", new CanaryPlan(List.of(0.1, 0.5, 1.0), Duration.ofMinutes(10),
                CanaryGuard.standard(), true), null, null, null);
        assertThat(platform.calls("setPolicy")).containsExactly(new MlopsPlatform.Call("setPolicy",
                MlopsRecords.DEPLOYMENT, expected, "erin", "try v2 on a tenth"));
        assertThat(editor.noticeProperty().get()).startsWith("Applied to checkout-risk: Canary: stable v3 90.0 %");
        assertThat(editor.reasonProperty().get()).isEmpty();
    }

    @Test
    void aFormTheRecordsRefuseShowsTheirMessageAndApplyCallsNothing() {
        PolicyEditorViewModel editor = viewModel.policy();
        editor.kindProperty().set(PolicyKind.CANARY);
        editor.canaryStepsProperty().set("0.5, 0.25");
        editor.reasonProperty().set("steps the wrong way round");

        assertThat(editor.policyProperty().get()).isNull();
        assertThatThrownBy(() -> new CanaryPlan(List.of(0.5, 0.25), Duration.ofMinutes(10), CanaryGuard.standard(), true))
                .hasMessage(editor.problemProperty().get());
        assertThat(editor.canApplyProperty().get()).isFalse();
        editor.apply();
        assertThat(platform.calls("setPolicy")).isEmpty();

        editor.canaryStepsProperty().set("0.05, 1");
        editor.arms().get(1).shareProperty().set("lots");
        assertThat(editor.problemProperty().get()).contains("share of arm 'canary'").contains("'lots'");
    }

    @Test
    void theAbTestsSampleSizeIsAskedOfThePlatformAsThePlanChanges() {
        PolicyEditorViewModel editor = viewModel.policy();
        assertThat(platform.planned).containsExactly(MlopsRecords.AB_PLAN);
        assertThat(editor.sampleSizeProperty().get()).startsWith("Needs 3,842 outcomes per arm (7,684 in all)");

        editor.abConfidenceProperty().set("0.9");
        assertThat(platform.planned).last().extracting(p -> p.confidence()).isEqualTo(0.9);

        editor.abConfidenceProperty().set("2");
        assertThat(editor.sampleSizeProperty().get()).isEmpty();
        assertThat(editor.problemProperty().get()).contains("confidence is from 0.5 to below 1");
    }

    @Test
    void rollbackNeedsAReasonAndSendsItWithTheUser() {
        ReleaseActionsViewModel actions = viewModel.actions();
        assertThat(actions.canRollBackProperty().get()).isFalse();
        actions.rollback();
        assertThat(platform.calls("rollback")).isEmpty();

        actions.rollbackReasonProperty().set("   ");
        assertThat(actions.canRollBackProperty().get()).isFalse();
        actions.rollbackReasonProperty().set("B loses money");
        assertThat(actions.canRollBackProperty().get()).isTrue();
        actions.rollback();

        assertThat(platform.calls("rollback")).containsExactly(new MlopsPlatform.Call("rollback",
                MlopsRecords.DEPLOYMENT, null, "erin", "B loses money"));
        assertThat(actions.noticeProperty().get()).isEqualTo("checkout-risk rolled back: it serves v2 again.");
    }

    @Test
    void deployAndStageGoToTheirFacets() {
        ReleaseActionsViewModel actions = viewModel.actions();
        assertThat(actions.versions()).containsExactly(3, 2, 1);
        actions.deployVersionProperty().set(2);
        actions.deploy();
        actions.stageVersionProperty().set(1);
        actions.promote();

        assertThat(platform.calls("deploy")).extracting(MlopsPlatform.Call::argument).containsExactly(2);
        assertThat(platform.calls("setStage")).extracting(MlopsPlatform.Call::argument).containsExactly("1 PRODUCTION");
    }

    @Test
    void theAbPanelSaysTheVerdictTheDifferenceWithItsIntervalAndTheProgress() {
        pollAndApply();

        AbTestPanel panel = viewModel.release().abTestProperty().get();
        assertThat(panel.verdict()).isEqualTo("No difference yet: keep the test running.");
        assertThat(panel.difference()).isEqualTo("B − A: +2.0 points (95 % interval −1.0 to +5.0), p = 0.21");
        assertThat(panel.progress()).isEqualTo(40 / 4000.0);
        assertThat(panel.progressText()).isEqualTo("Outcomes A 40 · B 50 of 4,000 planned per arm");
    }

    @Test
    void aTinyPValueIsSaidAsBelowWhatIsWorthReading() {
        AbTestVerdict decided = new AbTestVerdict(AbTestVerdict.Outcome.B_IS_BETTER, 0.887, 0.979, 0.092, 0.066,
                0.118, 2.8e-23, 1_704, 1_738, 2_622, "B is better.");

        assertThat(AbTestPanel.of(decided, 0.95).difference())
                .isEqualTo("B − A: +9.2 points (95 % interval +6.6 to +11.8), p < 0.0001");
    }

    @Test
    void eachReportAddsAPointToEveryArmsCharts() {
        pollAndApply();
        pollAndApply();
        pollAndApply();

        ReleaseViewModel release = viewModel.release();
        assertThat(release.points("A")).isEqualTo(3);
        assertThat(release.points("B")).isEqualTo(3);
        assertThat(release.chartsProperty().get().share().curves()).extracting(c -> c.size()).containsExactly(3, 3);
        assertThat(release.chartsProperty().get().latency().curves().get(0).x()).containsExactly(-4 / 60.0, -2 / 60.0, 0.0);
        assertThat(release.arms()).extracting(a -> a.requests()).containsExactly(300L, 300L);
        assertThat(release.chartsProperty().get().bandit()).as("no bandit here").isNull();
    }

    @Test
    void theDriftPageFillsFromTheReportAndDrawsTheChosenInputsValuesInTheReferencesBins() {
        DriftViewModel drift = viewModel.drift();

        assertThat(drift.inputs()).extracting(DriftRow::column).containsExactly("amount", "country");
        assertThat(drift.datasetVerdictProperty().get()).startsWith("The inputs drift: 1 of 2 drift");
        assertThat(drift.predictionVerdictProperty().get()).startsWith("The predictions hold");
        ColumnComparison amount = drift.comparisonProperty().get();
        assertThat(amount.column()).isEqualTo("amount");
        assertThat(amount.current().counts()).containsExactly(1L, 2L);
        assertThat(amount.currentCaption()).contains("4 logged rows").contains("1 outside the reference's range");

        drift.columnProperty().set("country");
        assertThat(drift.comparisonProperty().get().currentCategories()).containsExactly(new CategoryCount("DE", 2),
                new CategoryCount("FR", 1), new CategoryCount("IT", 1));
    }

    @Test
    void alertRulesAreCreatedEditedAndDeleted() {
        MonitoringSetupViewModel setup = viewModel.setup();
        setup.newRule(MlopsRecords.DEPLOYMENT);
        setup.nameProperty().set("errors up");
        setup.thresholdProperty().set("0.05");
        setup.save();
        assertThat(setup.rules()).extracting(r -> r.spec().name()).containsExactly("errors up");
        assertThat(setup.rules().get(0).spec().metric()).isEqualTo(AlertMetric.ERROR_RATE);

        setup.edit(setup.rules().get(0));
        setup.nameProperty().set("errors way up");
        setup.thresholdProperty().set("0.1");
        setup.save();
        assertThat(setup.rules()).extracting(r -> r.spec().name()).containsExactly("errors way up");
        assertThat(setup.rules().get(0).spec().threshold()).isEqualTo(0.1);

        setup.delete(setup.rules().get(0));
        assertThat(setup.rules()).isEmpty();
        assertThat(setup.noticeProperty().get()).isEqualTo("Deleted the rule 'errors way up'.");
    }

    @Test
    void aRuleThePlatformRefusesSaysWhy() {
        MonitoringSetupViewModel setup = viewModel.setup();
        setup.newRule(null);
        setup.nameProperty().set("nowhere");
        setup.thresholdProperty().set("high");
        setup.save();
        assertThat(setup.errorProperty().get()).contains("threshold").contains("'high'");

        setup.thresholdProperty().set("1");
        setup.save();
        assertThat(setup.errorProperty().get()).isEqualTo("Choose the deployment the rule watches.");
        assertThat(setup.rules()).isEmpty();
    }

    @Test
    void aRuleIsTriedAgainstTheFiguresWithoutBeingSaved() {
        MonitoringSetupViewModel setup = viewModel.setup();
        setup.newRule(MlopsRecords.DEPLOYMENT);
        setup.nameProperty().set("errors up");
        setup.thresholdProperty().set("0.01");
        setup.tryRule();
        assertThat(setup.noticeProperty().get()).endsWith("the rule would fire now.");
        assertThat(platform.calls("tryAlertRule")).hasSize(1);
        assertThat(platform.calls("saveAlertRule")).isEmpty();

        setup.thresholdProperty().set("too many");
        setup.tryRule();
        assertThat(setup.errorProperty().get()).contains("threshold");
        assertThat(platform.calls("tryAlertRule")).hasSize(1);
    }

    @Test
    void aTestMessageGoesThroughTheChosenChannelAndSaysWhetherItArrived() {
        MonitoringSetupViewModel setup = viewModel.setup();
        setup.webhookUrlProperty().set("http://127.0.0.1:9/hook");
        setup.sendTest(NotificationChannel.WEBHOOK);
        assertThat(setup.noticeProperty().get()).isEqualTo("Delivered to the webhook.");
        assertThat(setup.errorProperty().get()).isEmpty();

        setup.sendTest(NotificationChannel.EMAIL);
        assertThat(setup.errorProperty().get()).startsWith("Not delivered.");
        assertThat(platform.calls("sendTestNotification")).extracting(MlopsPlatform.Call::target)
                .containsExactly("WEBHOOK", "EMAIL");
        assertThat(platform.calls("updateNotificationSettings")).isEmpty();
    }
}

package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RunInfo;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScientistViewModelTest {

    /** A platform that records subscriptions and counts how often each list is fetched. */
    static class Watched implements ScriptedDatasets, ScriptedRuns, ScriptedRegistry, Events {
        Consumer<PlatformEvent> listener;
        long subscribedSince = -1;
        int subscriptionsOpen;
        int runLoads;
        int modelLoads;
        boolean refuseSubscription;

        @Override
        public long latestEventId() {
            return 41;
        }

        @Override
        public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> newListener) {
            if (refuseSubscription) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The event stream is not available.");
            }
            subscribedSince = sinceId;
            listener = newListener;
            subscriptionsOpen++;
            return () -> subscriptionsOpen--;
        }

        @Override
        public List<DatasetInfo> datasets() {
            return List.of(ScientistRecords.dataset());
        }

        @Override
        public List<RunInfo> runs() {
            return List.of(ScientistRecords.run());
        }

        /** Asked once per load of the runs tab (the page and the fields follow from {@link #runs()}). */
        @Override
        public List<ExperimentSummary> experiments() {
            runLoads++;
            return ScriptedRuns.super.experiments();
        }

        @Override
        public List<RegisteredModel> models() {
            modelLoads++;
            return List.of(ScientistRecords.model());
        }

        @Override
        public List<ModelVersion> modelVersions(String model) {
            return List.of();
        }
    }

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private final Watched platform = new Watched();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ScientistViewModel viewModel =
            new ScientistViewModel(platform, new CurrentThreadTaskExecutor(), scheduler, scheduler.now::get);

    private void showAndSettle() {
        viewModel.activate();
        scheduler.runPending();
    }

    @Test
    void showingTheWorkspaceSubscribesFromNowAndLoadsEveryList() {
        showAndSettle();

        assertThat(platform.subscribedSince).isEqualTo(41);
        assertThat(platform.subscriptionsOpen).isEqualTo(1);
        assertThat(viewModel.datasets().datasets()).hasSize(1);
        assertThat(viewModel.runs().runs()).hasSize(1);
        assertThat(viewModel.models().models()).hasSize(1);
    }

    @Test
    void aBurstOfEventsCausesOneReload() {
        showAndSettle();
        int runsBefore = platform.runLoads;
        int modelsBefore = platform.modelLoads;
        scheduler.now.addAndGet(1_000);

        for (int i = 0; i < 30; i++) {
            platform.listener.accept(new PlatformEvent.TrainingFinished(42 + i, AT, "job-" + i, JobState.SUCCEEDED,
                    "run-" + i, "done"));
        }
        assertThat(scheduler.pending).as("one reload scheduled, not one per event").hasSize(1);
        scheduler.runPending();

        assertThat(platform.runLoads).isEqualTo(runsBefore + 1);
        assertThat(platform.modelLoads).isEqualTo(modelsBefore + 1);
    }

    @Test
    void progressWithoutAFinishedCandidateAndDeploymentChangesAreIgnored() {
        showAndSettle();

        platform.listener.accept(new PlatformEvent.TrainingProgress(50, AT, "job-1", "cross-validating", 1, 4,
                "xgboost", 2, 5, 1_000, 0.1, "Fold 2 of 5", null));
        platform.listener.accept(new PlatformEvent.DeploymentChanged(51, AT, "credit-live", "credit-risk", 1,
                DeploymentState.LIVE));

        assertThat(scheduler.pending).isEmpty();
    }

    @Test
    void aFinishedCandidateOrANewVersionOrDatasetReloads() {
        assertThat(ScientistViewModel.matters(new PlatformEvent.TrainingProgress(50, AT, "job-1", "cross-validating",
                1, 4, "xgboost", 5, 5, 1_000, 0.25, "xgboost done", ScientistRecords.boosted()))).isTrue();
        assertThat(ScientistViewModel.matters(new PlatformEvent.ModelVersionRegistered(52, AT, "credit-risk", 2)))
                .isTrue();
        assertThat(ScientistViewModel.matters(new PlatformEvent.DatasetImported(53, AT, "ds-2", "iris", 150))).isTrue();
    }

    @Test
    void leavingTheScreenClosesTheSubscriptionAndComingBackOpensOneAgain() {
        showAndSettle();

        viewModel.deactivate();
        assertThat(platform.subscriptionsOpen).isZero();

        showAndSettle();
        assertThat(platform.subscriptionsOpen).isEqualTo(1);
    }

    @Test
    void showingAgainWhileSubscribedOnlyReloads() {
        showAndSettle();
        int before = platform.modelLoads;
        scheduler.now.addAndGet(1_000);

        showAndSettle();

        assertThat(platform.subscriptionsOpen).isEqualTo(1);
        assertThat(platform.modelLoads).isEqualTo(before + 1);
    }

    @Test
    void withoutLiveEventsTheListsStillLoadAndTheReasonIsShown() {
        platform.refuseSubscription = true;

        showAndSettle();

        assertThat(viewModel.liveErrorProperty().get())
                .isEqualTo("Live updates are off: The event stream is not available. Lists reload when you come back.");
        assertThat(viewModel.datasets().datasets()).hasSize(1);
    }
}

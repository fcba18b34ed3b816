package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.fakes.ScriptedTraining;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformEvent.TrainingFinished;
import io.sightline.engine.api.PlatformEvent.TrainingProgress;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TrainViewModelTest {
    /** The facets training reads. */
    interface TrainingFacets extends ScriptedTraining, ScriptedRuns, Events {
    }

    /** Stands in for the FX thread: runnables wait here until the test lets them run. */
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final List<TrainingRequest> requests = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private Consumer<PlatformEvent> listener;
    private long subscribedSince = -1;
    private boolean subscriptionClosed;
    private final RunInfo run = Fixtures.binaryRun(0.8, 0.7, 0.8);

    private final TrainingFacets platform = new TrainingFacets() {
        @Override
        public long latestEventId() {
            return 41;
        }

        @Override
        public TrainingJob startTraining(TrainingRequest request) {
            requests.add(request);
            return new TrainingJob("job-7", request.datasetId(), request.target(), JobState.QUEUED, null, "",
                    Fixtures.NOW, null);
        }

        @Override
        public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> events) {
            subscribedSince = sinceId;
            listener = events;
            return () -> subscriptionClosed = true;
        }

        @Override
        public void cancelTraining(String jobId) {
            cancelled.add(jobId);
        }

        @Override
        public RunInfo run(String runId) {
            return run;
        }
    };

    private final TrainViewModel train = new TrainViewModel(platform, new CurrentThreadTaskExecutor(), uiQueue::add,
            Duration.ofSeconds(30));

    private void drainUi() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    private static TrainingProgress progress(long id, String job, int candidate, double fraction, String message,
                                             CandidateResult finished) {
        return new TrainingProgress(id, Fixtures.NOW, job, "cross-validating", candidate, 3, "c" + candidate, 1, 5,
                id * 100, fraction, message, finished);
    }

    private void started() {
        train.prepare(new TrainingSetup("ds-1", "Credit G", "class", Map.of()));
        train.start();
    }

    @Test
    void startsTheRequestedTrainingAndListensFromBeforeItStarted() {
        started();

        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.datasetId()).isEqualTo("ds-1");
            assertThat(r.target()).isEqualTo("class");
            assertThat(r.modelName()).isEqualTo("credit-g");
            assertThat(r.budget()).isEqualTo(Duration.ofSeconds(30));
        });
        assertThat(subscribedSince).isEqualTo(41);
        assertThat(train.stateProperty().get()).isEqualTo(TrainViewModel.State.RUNNING);
        assertThat(train.canCancelProperty().get()).isTrue();
        assertThat(train.canStartProperty().get()).isFalse();
    }

    @Test
    void aBurstOfEventsCostsTheScreenOneUpdateAndKeepsTheLatest() {
        started();

        for (int i = 1; i <= 50; i++) {
            CandidateResult done = i % 20 == 0 ? Fixtures.candidate("c" + i, "LogisticRegression", 0.70 + i / 1000.0) : null;
            listener.accept(progress(41 + i, "job-7", 1 + i / 20, i / 50.0, "Step " + i, done));
        }

        assertThat(uiQueue).hasSize(1);
        drainUi();
        assertThat(train.progressProperty().get()).isEqualTo(1.0);
        assertThat(train.activityProperty().get()).isEqualTo("Step 50");
        assertThat(train.leaderboard()).hasSize(2); // both finished candidates survive the coalescing
        assertThat(train.leaderboard().get(0).score()).isEqualTo("ranks a pair right 74% of the time (AUC 0.74)"); // best first
    }

    @Test
    void eventsOfOtherJobsAreIgnored() {
        started();

        listener.accept(progress(42, "someone-elses-job", 1, 0.9, "Not ours", null));
        drainUi();

        assertThat(train.activityProperty().get()).isNotEqualTo("Not ours");
    }

    @Test
    void whenTrainingSucceedsTheRunIsLoadedAndListeningStops() {
        started();

        listener.accept(new TrainingFinished(50, Fixtures.NOW, "job-7", JobState.SUCCEEDED, "run-1", "done"));
        drainUi();

        assertThat(train.runProperty().get()).isSameAs(run);
        assertThat(train.stateProperty().get()).isEqualTo(TrainViewModel.State.DONE);
        assertThat(subscriptionClosed).isTrue();
    }

    @Test
    void aFailedTrainingSaysWhyAndCanBeStartedAgain() {
        started();

        listener.accept(new TrainingFinished(50, Fixtures.NOW, "job-7", JobState.FAILED, null,
                "The target has only one value in the training rows."));
        drainUi();

        assertThat(train.errorProperty().get()).isEqualTo("The target has only one value in the training rows.");
        assertThat(train.canStartProperty().get()).isTrue();
        assertThat(train.runProperty().get()).isNull();
    }

    @Test
    void preparingForOtherDataCancelsATrainingStillRunning() {
        started();

        train.prepare(new TrainingSetup("ds-2", "Other", "label", Map.of()));

        assertThat(cancelled).containsExactly("job-7");
        assertThat(subscriptionClosed).isTrue();
        assertThat(train.stateProperty().get()).isEqualTo(TrainViewModel.State.READY);
    }

    @Test
    void cancelAsksTheEngineAndTheCancelledEventEndsIt() {
        started();

        train.cancel();
        listener.accept(new TrainingFinished(50, Fixtures.NOW, "job-7", JobState.CANCELLED, null, "cancelled"));
        drainUi();

        assertThat(cancelled).containsExactly("job-7");
        assertThat(train.stateProperty().get()).isEqualTo(TrainViewModel.State.CANCELLED);
        assertThat(train.canStartProperty().get()).isTrue();
    }
}

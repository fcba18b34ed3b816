package io.sightline.app.workspace.analyst;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestValueRelay;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformEvent.TrainingFinished;
import io.sightline.engine.api.PlatformEvent.TrainingProgress;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2: starts AutoML and follows it. Progress events arrive on the engine's threads; they are folded
 * into one {@link TrainingSnapshot} there and handed to the UI thread through a {@link LatestValueRelay},
 * so that a burst of events costs the screen one update, never one per event.
 */
public final class TrainViewModel {
    /** Where a training stands, from the screen's point of view. */
    public enum State {
        READY, STARTING, RUNNING, LOADING_RESULTS, DONE, FAILED, CANCELLED;

        boolean startable() {
            return this == READY || this == FAILED || this == CANCELLED;
        }
    }

    private static final Set<State> CANCELLABLE = EnumSet.of(State.STARTING, State.RUNNING);

    private final Events events;
    private final Runs runs;
    private final Training training;
    private final TaskExecutor tasks;
    private final Duration budget;
    private final LatestValueRelay<TrainingSnapshot> relay;
    private TrainingSetup setup;
    private String jobId;

    /** Set by the worker as soon as the engine names the job, before the UI thread hears of it. */
    private volatile String startingJobId;
    private EventSubscription subscription;
    private int candidatesShown;

    public <P extends Events & Runs & Training> TrainViewModel(P platform,
            TaskExecutor tasks, Executor uiThread, Duration budget) {
        this.events = platform;
        this.runs = platform;
        this.training = platform;
        this.tasks = tasks;
        this.budget = budget;
        this.relay = new LatestValueRelay<>(uiThread, this::show);
        canStart = Bindings.createBooleanBinding(() -> state.get().startable() && goal.get() != null
                && !goal.get().isEmpty(), state, goal);
        canCancel = Bindings.createBooleanBinding(() -> CANCELLABLE.contains(state.get()) && jobId != null, state);
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    /** 0 to 1, or -1 while it is not yet known how far along the job is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    /** The engine's sentence of what happens now. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");

    /** "Approach 2 of 5 · check 3 of 5 · 0:42 elapsed". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper goal = new ReadOnlyStringWrapper("");

    /** What will be learnt, in one sentence. */
    public ReadOnlyStringProperty goalProperty() {
        return goal.getReadOnlyProperty();
    }

    private final ObservableList<LeaderboardRow> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardRow> leaderboardView = FXCollections.unmodifiableObservableList(leaderboard);

    /** The approaches that finished so far, best first. */
    public ObservableList<LeaderboardRow> leaderboard() {
        return leaderboardView;
    }

    private final ReadOnlyObjectWrapper<RunInfo> run = new ReadOnlyObjectWrapper<>();

    /** The recorded run, once training succeeded and its results were loaded. */
    public ReadOnlyObjectProperty<RunInfo> runProperty() {
        return run.getReadOnlyProperty();
    }

    private final BooleanBinding canStart;

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    private final BooleanBinding canCancel;

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    /** Forgets any earlier training and gets ready for this one. */
    public void prepare(TrainingSetup newSetup) {
        if (CANCELLABLE.contains(state.get()) && jobId != null) {
            // a training of the previous data would go on unseen, using the machine for nothing
            String abandoned = jobId;
            tasks.execute(BackgroundTask.run(() -> training.cancelTraining(abandoned)));
        }
        stopListening();
        setup = newSetup;
        jobId = null;
        startingJobId = null;
        candidatesShown = 0;
        leaderboard.clear();
        progress.set(0);
        error.set("");
        counter.set("");
        run.set(null);
        activity.set("Ready when you are. Training tries several approaches and keeps the best one.");
        goal.set("We will learn to predict " + newSetup.target() + " from the other columns of "
                + newSetup.datasetName() + ".");
        state.set(State.READY);
    }

    public void start() {
        if (!canStart.get()) {
            return;
        }
        TrainingRequest request = TrainingRequest.of(setup.datasetId(), setup.target(), setup.modelName())
                .withTypeOverrides(setup.typeOverrides())
                .withBudget(budget);
        jobId = null;
        startingJobId = null;
        candidatesShown = 0;
        leaderboard.clear();
        progress.set(-1); // indeterminate until the first event
        error.set("");
        counter.set("");
        activity.set("Starting…");
        state.set(State.STARTING);
        tasks.execute(BackgroundTask.of(() -> {
                    // Listen from the event before the job starts, so that none of its events is missed.
                    long since = events.latestEventId();
                    TrainingJob job = training.startTraining(request);
                    startingJobId = job.id();
                    JobListener listener = new JobListener(job.id());
                    return new Started(job, events.subscribe(since, listener::hear));
                })
                .onSuccess(started -> {
                    jobId = started.job().id();
                    subscription = started.subscription();
                    if (state.get() == State.STARTING) {
                        state.set(State.RUNNING);
                    } else {
                        stopListening(); // it finished before we got here
                    }
                })
                .onFailure(failure -> {
                    state.set(State.FAILED);
                    progress.set(0);
                    activity.set("");
                    error.set(FailureMessages.plain(failure));
                }));
    }

    public void cancel() {
        if (!canCancel.get()) {
            return;
        }
        String cancelling = jobId;
        activity.set("Stopping…");
        tasks.execute(BackgroundTask.run(() -> training.cancelTraining(cancelling))
                .onFailure(failure -> error.set(FailureMessages.plain(failure))));
    }

    /** On the UI thread, with the latest snapshot of the current job. */
    private void show(TrainingSnapshot snapshot) {
        String following = jobId != null ? jobId : startingJobId;
        if (!snapshot.jobId().equals(following)) {
            return; // a job we no longer follow
        }
        if (!CANCELLABLE.contains(state.get())) {
            return;
        }
        progress.set(snapshot.fraction());
        TrainingProgress latest = snapshot.latest();
        if (latest != null) {
            activity.set(latest.message());
            counter.set(counterText(latest));
        }
        if (snapshot.finishedCandidates().size() != candidatesShown) {
            candidatesShown = snapshot.finishedCandidates().size();
            leaderboard.setAll(LeaderboardRow.ranked(snapshot.finishedCandidates()));
        }
        if (snapshot.finished() != null) {
            finish(snapshot.finished());
        }
    }

    private static String counterText(TrainingProgress latest) {
        StringBuilder text = new StringBuilder();
        if (latest.candidates() > 0 && latest.candidate() > 0) {
            text.append("Approach ").append(latest.candidate()).append(" of ").append(latest.candidates());
        }
        if (latest.folds() > 0 && latest.fold() > 0) {
            text.append(text.isEmpty() ? "" : " · ").append("check ").append(latest.fold()).append(" of ")
                    .append(latest.folds());
        }
        long seconds = latest.elapsedMillis() / 1000;
        text.append(text.isEmpty() ? "" : " · ").append(seconds / 60).append(':')
                .append(String.format("%02d", seconds % 60)).append(" elapsed");
        return text.toString();
    }

    private void finish(TrainingFinished end) {
        stopListening();
        if (end.state() == JobState.SUCCEEDED) {
            state.set(State.LOADING_RESULTS);
            activity.set("Training finished. Preparing the results…");
            tasks.execute(BackgroundTask.of(() -> runs.run(end.runId()))
                    .onSuccess(result -> {
                        run.set(result);
                        state.set(State.DONE);
                        activity.set("Training finished.");
                    })
                    .onFailure(failure -> {
                        state.set(State.FAILED);
                        error.set(FailureMessages.plain(failure));
                    }));
        } else if (end.state() == JobState.CANCELLED) {
            state.set(State.CANCELLED);
            progress.set(0);
            activity.set("Training was cancelled. Start again whenever you like.");
        } else {
            state.set(State.FAILED);
            progress.set(0);
            activity.set("");
            error.set(end.message() == null || end.message().isBlank() ? "Training did not succeed." : end.message());
        }
    }

    private void stopListening() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Keeps the events of one job, on the engine's thread. */
    private final class JobListener {
        private final AtomicReference<TrainingSnapshot> heard;
        private final String id;

        JobListener(String id) {
            this.id = id;
            this.heard = new AtomicReference<>(TrainingSnapshot.start(id));
        }

        void hear(PlatformEvent event) {
            TrainingSnapshot snapshot;
            if (event instanceof TrainingProgress p && id.equals(p.jobId())) {
                snapshot = heard.updateAndGet(s -> s.with(p));
            } else if (event instanceof TrainingFinished f && id.equals(f.jobId())) {
                snapshot = heard.updateAndGet(s -> s.with(f));
            } else {
                return;
            }
            relay.offer(snapshot);
        }
    }

    private record Started(TrainingJob job, EventSubscription subscription) {
    }
}

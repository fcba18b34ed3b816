package io.sightline.simulator.setup;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.simulator.stream.HistoryFile;
import io.sightline.simulator.world.Columns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Makes the platform serve the world's first model, as any client would: writes the labelled history, imports
 * it, trains with AutoML (the identifiers left out), and deploys the winner. A platform that already serves the
 * deployment is used as it is.
 */
public final class ModelBootstrap {
    /** Identifiers stay in every request (for look-ups and back-tests) but are never model inputs. */
    static final Map<String, ColumnType> IDENTIFIERS = Map.of(Columns.TRANSACTION_ID, ColumnType.IDENTIFIER,
            Columns.SELLER_ID, ColumnType.IDENTIFIER);
    /** AutoML may run past its budget to finish the candidate it is on; this is how long it may take at most. */
    private static final Duration TRAINING_GRACE = Duration.ofMinutes(10);

    private final Datasets datasets;
    private final Deployments deployments;
    private final Events events;
    private final Runs runs;
    private final Training training;
    private final BootstrapPlan plan;
    private final HistoryFile history;
    private final BootstrapListener listener;

    public <P extends Datasets & Deployments & Events & Runs & Training> ModelBootstrap(P platform,
            BootstrapPlan plan, HistoryFile history, BootstrapListener listener) {
        this.datasets = platform;
        this.deployments = platform;
        this.events = platform;
        this.runs = platform;
        this.training = platform;
        this.plan = plan;
        this.history = history;
        this.listener = listener;
    }

    /** The deployment the platform already has under the plan's name, if any. */
    public Optional<Deployment> existing() {
        try {
            return Optional.of(deployments.deployment(plan.deploymentName()));
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs every step; {@code cancelled} is checked between steps and while training. */
    public Deployment run(BooleanSupplier cancelled) {
        Optional<Deployment> existing = existing();
        if (existing.isPresent()) {
            return existing.get();
        }
        DatasetInfo dataset = importHistory();
        checkCancelled(cancelled);
        ModelRef model = train(dataset, cancelled);
        checkCancelled(cancelled);
        listener.step(BootstrapStep.DEPLOYING, "Deploying " + model + " as '" + plan.deploymentName() + "'…");
        return deployments.deploy(plan.deploymentName(), model.model(), model.version());
    }

    private DatasetInfo importHistory() {
        listener.step(BootstrapStep.GENERATING_HISTORY, String.format(Locale.ROOT,
                "Generating history: %,d transactions over %d days…", plan.historyRows(), plan.historyDays()));
        Path file = null;
        try {
            Files.createDirectories(plan.workDirectory());
            file = Files.createTempFile(plan.workDirectory(), "seller-risk-history-", ".csv");
            history.write(file, plan.historyRows(), plan.historyDays(), plan.liveStart());
            listener.step(BootstrapStep.IMPORTING_HISTORY, "Importing the history…");
            return datasets.importDataset(plan.datasetName(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the history under " + plan.workDirectory() + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private ModelRef train(DatasetInfo dataset, BooleanSupplier cancelled) {
        listener.step(BootstrapStep.TRAINING, "Training the first model…");
        TrainingRequest request = new TrainingRequest(dataset.id(), Columns.TARGET, IDENTIFIERS, plan.folds(),
                plan.budget(), plan.seed(), plan.modelName());
        long since = events.latestEventId();
        TrainingJob job = training.startTraining(request);
        try (EventSubscription progress = events.subscribe(since, event -> {
            if (event instanceof PlatformEvent.TrainingProgress p && p.jobId().equals(job.id())) {
                listener.step(BootstrapStep.TRAINING, "Training the first model… " + p.message());
            }
        })) {
            TrainingJob finished = await(job, cancelled);
            if (finished.state() != JobState.SUCCEEDED) {
                throw new PlatformException(ErrorCode.INTERNAL,
                        "Training the first model did not succeed (" + finished.state().name().toLowerCase(Locale.ROOT)
                                + "): " + finished.message());
            }
            return runs.run(finished.runId()).model();
        }
    }

    private TrainingJob await(TrainingJob job, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + plan.budget().plus(TRAINING_GRACE).toNanos();
        TrainingJob current = job;
        while (!current.state().isFinished()) {
            if (cancelled.getAsBoolean()) {
                training.cancelTraining(job.id());
                throw new PlatformException(ErrorCode.CANCELLED, "Stopped while training.");
            }
            if (System.nanoTime() > deadline) {
                training.cancelTraining(job.id());
                throw new PlatformException(ErrorCode.UNAVAILABLE,
                        "Training the first model took far longer than its budget of " + plan.budget().toSeconds()
                                + " s; it was cancelled. Try again when the machine is less busy.");
            }
            sleep(200);
            current = training.trainingJob(job.id());
        }
        return current;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new PlatformException(ErrorCode.CANCELLED, "Stopped before going live.");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.CANCELLED, "Interrupted while training.", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}

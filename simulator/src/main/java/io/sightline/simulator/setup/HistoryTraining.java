package io.sightline.simulator.setup;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.simulator.stream.HistoryFile;
import io.sightline.simulator.world.Columns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Learning a model from a labelled history of the world, as any client would: the history written to a
 * temporary file, imported, and learnt with AutoML (the identifiers left out) into a registered model, whose
 * next version the winner becomes.
 */
public final class HistoryTraining {
    /** Identifiers stay in every request (for look-ups and back-tests) but are never model inputs. */
    static final Map<String, ColumnType> IDENTIFIERS = Map.of(Columns.TRANSACTION_ID, ColumnType.IDENTIFIER,
            Columns.SELLER_ID, ColumnType.IDENTIFIER);
    /** AutoML may run past its budget to finish the candidate it is on; this is how long it may take at most. */
    private static final Duration TRAINING_GRACE = Duration.ofMinutes(10);

    private final Datasets datasets;
    private final Events events;
    private final Runs runs;
    private final Training training;

    public <P extends Datasets & Events & Runs & Training> HistoryTraining(P platform) {
        this.datasets = platform;
        this.events = platform;
        this.runs = platform;
        this.training = platform;
    }

    /** What to learn from and how: the history's size and end, the dataset, AutoML's settings, the model. */
    public record Lesson(int rows, int days, Instant end, String datasetName, String modelName, int folds,
                         Duration budget, long seed, Path workDirectory) {
    }

    /**
     * Writes {@code history} as the lesson says, calls {@code written}, and imports it; the file is deleted once
     * imported.
     */
    public DatasetInfo importHistory(HistoryFile history, Lesson lesson, Runnable written) {
        Path file = null;
        try {
            Files.createDirectories(lesson.workDirectory());
            file = Files.createTempFile(lesson.workDirectory(), lesson.datasetName() + "-", ".csv");
            history.write(file, lesson.rows(), lesson.days(), lesson.end());
            written.run();
            return datasets.importDataset(lesson.datasetName(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the history under " + lesson.workDirectory() + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Trains on {@code dataset} and waits for the winner, telling {@code progress} what AutoML does;
     * {@code cancelled} is checked while it trains. {@code what} names the model in messages ("the first model").
     */
    public ModelRef train(DatasetInfo dataset, Lesson lesson, String what, Consumer<String> progress,
                          BooleanSupplier cancelled) {
        TrainingRequest request = new TrainingRequest(dataset.id(), Columns.TARGET, IDENTIFIERS, lesson.folds(),
                lesson.budget(), lesson.seed(), lesson.modelName());
        long since = events.latestEventId();
        TrainingJob job = training.startTraining(request);
        try (EventSubscription ignored = events.subscribe(since, event -> {
            if (event instanceof PlatformEvent.TrainingProgress p && p.jobId().equals(job.id())) {
                progress.accept(p.message());
            }
        })) {
            TrainingJob finished = await(job, lesson.budget(), what, cancelled);
            if (finished.state() != JobState.SUCCEEDED) {
                throw new PlatformException(ErrorCode.INTERNAL, "Training " + what + " did not succeed ("
                        + finished.state().name().toLowerCase(Locale.ROOT) + "): " + finished.message());
            }
            return runs.run(finished.runId()).model();
        }
    }

    private TrainingJob await(TrainingJob job, Duration budget, String what, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + budget.plus(TRAINING_GRACE).toNanos();
        TrainingJob current = job;
        while (!current.state().isFinished()) {
            if (cancelled.getAsBoolean()) {
                training.cancelTraining(job.id());
                throw new PlatformException(ErrorCode.CANCELLED, "Stopped while training.");
            }
            if (System.nanoTime() > deadline) {
                training.cancelTraining(job.id());
                throw new PlatformException(ErrorCode.UNAVAILABLE, "Training " + what
                        + " took far longer than its budget of " + budget.toSeconds()
                        + " s; it was cancelled. Try again when the machine is less busy.");
            }
            sleep(200);
            current = training.trainingJob(job.id());
        }
        return current;
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

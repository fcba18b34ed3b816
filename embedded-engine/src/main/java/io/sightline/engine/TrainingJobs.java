package io.sightline.engine;

import io.sightline.engine.store.Timestamps;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.data.Table;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Json;
import io.sightline.engine.store.Sql;
import io.sightline.engine.track.RunStore;
import io.sightline.engine.train.AutoMlConfig;
import io.sightline.engine.train.AutoMlResult;
import io.sightline.engine.train.AutoMlTrainer;
import io.sightline.engine.train.TrainingProgress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training jobs: queued in the database, run one at a time on a worker thread (training uses the cores),
 * each recorded as a run whatever its outcome, and on success registered as a new model version — run,
 * version and job state committed in one transaction.
 */
final class TrainingJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);

    /** What a job needs from the platform. */
    record Context(Database database, EventLog events, CsvImporter importer, DatasetCatalog catalog,
                   ArtifactStore datasetFiles, ArtifactStore modelFiles, RunStore runs, ModelRegistry registry) {
    }

    private final Context context;
    private final ExecutorService worker;
    private final Map<String, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();
    /** The job the worker is training now, if any (jobs run one at a time). */
    private volatile String runningJob;

    TrainingJobs(Context context) {
        this.context = context;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sightline-training");
            thread.setDaemon(true);
            return thread;
        });
        abandonInterruptedJobs();
    }

    /** A job that was queued or running when the engine last stopped will not resume by itself: say so. */
    private void abandonInterruptedJobs() {
        context.database().inTransaction(c -> Sql.update(c,
                "UPDATE training_job SET state = ?, message = ?, finished_at = ? WHERE state IN (?, ?)",
                JobState.FAILED, "The engine stopped before this training finished. Start it again.", Timestamps.now(),
                JobState.QUEUED, JobState.RUNNING));
    }

    TrainingJob submit(TrainingRequest request, DatasetInfo dataset, Task task) {
        String jobId = Ids.newId("job");
        Instant now = Timestamps.now();
        context.database().inTransaction(c -> Sql.update(c, """
                INSERT INTO training_job (id, dataset_id, target, request_json, state, message, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", jobId, dataset.id(), request.target(), Json.write(request),
                JobState.QUEUED, "Waiting for the trainer", now));
        cancelFlags.put(jobId, new AtomicBoolean());
        worker.execute(() -> run(jobId, request, dataset, task));
        return get(jobId);
    }

    TrainingJob get(String jobId) {
        return context.database().read(c -> Sql.one(c, "SELECT * FROM training_job WHERE id = ?",
                TrainingJobs::read, jobId)).orElseThrow(() -> PlatformException.notFound("training job", jobId));
    }

    List<TrainingJob> list() {
        return context.database().read(c -> Sql.list(c, "SELECT * FROM training_job ORDER BY created_at DESC",
                TrainingJobs::read));
    }

    void cancel(String jobId) {
        TrainingJob job = get(jobId);
        AtomicBoolean flag = cancelFlags.get(jobId);
        if (job.state().isFinished() || flag == null) {
            return;
        }
        flag.set(true);
    }

    /** The queue as it is now: stopped, idle, or how many jobs run and wait. */
    ComponentHealth health() {
        if (worker.isShutdown()) {
            return new ComponentHealth("job queue", HealthStatus.RED, "stopped: the platform is closing");
        }
        int active = cancelFlags.size();
        int training = runningJob == null ? 0 : 1;
        String detail = active == 0 ? "idle" : training + " training, " + (active - training) + " waiting";
        return new ComponentHealth("job queue", HealthStatus.GREEN, detail);
    }

    private void run(String jobId, TrainingRequest request, DatasetInfo dataset, Task task) {
        AtomicBoolean cancelled = cancelFlags.get(jobId);
        Instant started = Timestamps.now();
        String runId = Ids.newRunId();
        try {
            if (cancelled.get()) {
                throw new PlatformException(ErrorCode.CANCELLED, "Training was cancelled before it started.");
            }
            setState(jobId, JobState.RUNNING, "Training");
            runningJob = jobId;
            Table table = context.importer().readTable(context.datasetFiles().pathOf(dataset.sha256()),
                    request.typeOverrides());
            AutoMlConfig config = new AutoMlConfig(request.folds(), request.budget(), request.seed(),
                    AutoMlConfig.defaults().testFraction());
            AutoMlResult result = new AutoMlTrainer().train(table, request.target(), task, config,
                    progress -> publishProgress(jobId, progress), cancelled::get);
            ModelVersion version = record(jobId, runId, request, dataset, result, started);
            context.events().publish(new PlatformEvent.ModelVersionRegistered(0, Timestamps.now(), version.model(),
                    version.version()));
            finished(jobId, JobState.SUCCEEDED, runId, "Trained " + version.ref());
        } catch (PlatformException e) {
            boolean wasCancelled = e.code() == ErrorCode.CANCELLED;
            recordFailure(jobId, runId, request, dataset, task, started,
                    wasCancelled ? RunStatus.KILLED : RunStatus.FAILED,
                    wasCancelled ? JobState.CANCELLED : JobState.FAILED, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Training job {} failed", jobId, e);
            recordFailure(jobId, runId, request, dataset, task, started, RunStatus.FAILED, JobState.FAILED,
                    "Training failed unexpectedly: " + e);
        } finally {
            cancelFlags.remove(jobId);
            runningJob = null;
        }
    }

    private ModelVersion record(String jobId, String runId, TrainingRequest request, DatasetInfo dataset,
                                AutoMlResult result, Instant started) {
        byte[] artifact = result.model().toBytes();
        String artifactSha = context.modelFiles().put(artifact);
        String modelName = modelName(request, dataset);
        Instant finished = Timestamps.now();
        Map<String, Long> timings = new LinkedHashMap<>(result.timingsMillis());
        timings.put("total", finished.toEpochMilli() - started.toEpochMilli());
        RunInfo run = new RunInfo(runId, dataset.name(), dataset.id(), dataset.sha256(), request.target(),
                result.task(), RunStatus.FINISHED, params(request, modelName, result.params()), result.metrics(),
                result.leaderboard(), result.bestCandidate(), result.testEvaluation(), result.baseline(),
                result.importances(), timings, result.model().provenanceJson(), started, finished, null);
        return context.database().inTransaction(c -> {
            context.runs().insert(c, run);
            ModelVersion version = context.registry().register(c, new ModelVersion(modelName, 0, runId,
                    dataset.id(), dataset.sha256(), Stage.NONE, artifactSha, artifact.length,
                    result.model().algorithm(), result.metrics(), result.model().schema(), finished));
            Sql.update(c, "UPDATE run SET model_name = ?, model_version = ? WHERE id = ?", version.model(),
                    version.version(), runId);
            finishRow(c, jobId, JobState.SUCCEEDED, runId, "Trained " + new ModelRef(modelName, version.version()));
            return version;
        });
    }

    private void recordFailure(String jobId, String runId, TrainingRequest request, DatasetInfo dataset, Task task,
                               Instant started, RunStatus status, JobState state, String message) {
        try {
            RunInfo run = new RunInfo(runId, dataset.name(), dataset.id(), dataset.sha256(), request.target(), task,
                    status, params(request, modelName(request, dataset), Map.of("error", String.valueOf(message))),
                    Map.of(), List.of(), null, null, null, List.of(), Map.of(), null, started, Timestamps.now(), null);
            context.database().inTransaction(c -> {
                context.runs().insert(c, run);
                finishRow(c, jobId, state, runId, message);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Could not record the end of training job {}", jobId, e);
        }
        context.events().publish(new PlatformEvent.TrainingFinished(0, Timestamps.now(), jobId, state, runId, message));
    }

    private void finished(String jobId, JobState state, String runId, String message) {
        context.events().publish(new PlatformEvent.TrainingFinished(0, Timestamps.now(), jobId, state, runId, message));
    }

    private static Map<String, String> params(TrainingRequest request, String modelName, Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("target", request.target());
        params.put("folds", String.valueOf(request.folds()));
        params.put("seed", String.valueOf(request.seed()));
        params.put("budget_seconds", String.valueOf(request.budget().toSeconds()));
        params.put("model_name", modelName);
        request.typeOverrides().forEach((column, type) -> params.put("type_override." + column, type.name()));
        params.putAll(more);
        return params;
    }

    /** The requested model name, or one made from the dataset's name. */
    static String modelName(TrainingRequest request, DatasetInfo dataset) {
        String name = request.modelName();
        if (name == null || name.isBlank()) {
            name = dataset.name();
        }
        String cleaned = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "model" : cleaned;
    }

    private void publishProgress(String jobId, TrainingProgress progress) {
        context.events().publish(new PlatformEvent.TrainingProgress(0, Timestamps.now(), jobId, progress.phase(),
                progress.candidate(), progress.candidates(), progress.candidateName(), progress.fold(),
                progress.folds(), progress.elapsedMillis(), progress.fraction(), progress.message(),
                progress.finishedCandidate()));
    }

    private void setState(String jobId, JobState state, String message) {
        context.database().inTransaction(c -> Sql.update(c,
                "UPDATE training_job SET state = ?, message = ? WHERE id = ?", state, message, jobId));
    }

    private static void finishRow(Connection c, String jobId, JobState state, String runId, String message)
            throws SQLException {
        Sql.update(c, "UPDATE training_job SET state = ?, run_id = ?, message = ?, finished_at = ? WHERE id = ?",
                state, runId, message, Timestamps.now(), jobId);
    }

    private static TrainingJob read(ResultSet row) throws SQLException {
        return new TrainingJob(row.getString("id"), row.getString("dataset_id"), row.getString("target"),
                JobState.valueOf(row.getString("state")), row.getString("run_id"), row.getString("message"),
                Sql.instant(row, "created_at"), Sql.instant(row, "finished_at"));
    }

    @Override
    public void close() {
        cancelFlags.values().forEach(flag -> flag.set(true));
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}

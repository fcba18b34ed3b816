package io.sightline.engine.jobs;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.data.Table;
import io.sightline.engine.store.Ids;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a training job this node has claimed: reads the dataset (fetched from the shared store when
 * another node imported it), runs AutoML, and records the outcome as a run — on success with a new model
 * version — together with the job's state in one transaction, committed only while this node still holds the
 * job's lease. A node that lost the lease records nothing, so a job run twice is recorded once.
 */
final class TrainingAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingAttempt.class);

    private final TrainingJobs.Context context;
    private final JobLeases leases;
    private final HeldJob job;
    private final Instant started = Timestamps.now();
    private final String runId = Ids.newRunId();

    /** What was asked for, read back from the job's row. */
    private record Queued(TrainingRequest request, DatasetInfo dataset, Task task) {
    }

    TrainingAttempt(TrainingJobs.Context context, JobLeases leases, HeldJob job) {
        this.context = context;
        this.leases = leases;
        this.job = job;
    }

    void run() {
        Queued queued = null;
        try {
            queued = readQueued();
            if (job.stopRequested()) {
                throw new PlatformException(ErrorCode.CANCELLED, "Training was cancelled before it started.");
            }
            TrainingRequest request = queued.request();
            Table table = context.importer().readTable(context.datasetFiles().fetch(queued.dataset().sha256()),
                    request.typeOverrides());
            AutoMlConfig config = new AutoMlConfig(request.folds(), request.budget(), request.seed(),
                    AutoMlConfig.defaults().testFraction());
            AutoMlResult result = new AutoMlTrainer().train(table, request.target(), queued.task(), config,
                    this::publishProgress, job::stopRequested);
            ModelVersion version = record(queued, result);
            context.events().publish(new PlatformEvent.ModelVersionRegistered(0, Timestamps.now(), version.model(),
                    version.version()));
            publishFinished(JobState.SUCCEEDED, runId, "Trained " + version.ref());
        } catch (LeaseLostException e) {
            LOG.warn("{}", e.getMessage());
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.CANCELLED) {
                stopped(queued, e.getMessage());
            } else {
                recordFailure(queued, RunStatus.FAILED, JobState.FAILED, e.getMessage());
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Training job {} failed", job.jobId(), e);
            recordFailure(queued, RunStatus.FAILED, JobState.FAILED, "Training failed unexpectedly: " + e);
        }
    }

    private Queued readQueued() {
        return context.database().read(c -> {
            QueuedRow row = Sql.one(c, "SELECT request_json, dataset_id, task, cancel_requested FROM training_job"
                    + " WHERE id = ?", QueuedRow::read, job.jobId())
                    .orElseThrow(() -> PlatformException.notFound("training job", job.jobId()));
            if (row.cancelRequested()) {
                job.stop(HeldJob.Stop.CANCELLED);
            }
            if (row.task() == null) {
                throw PlatformException.invalid("This training was queued by an older version of Sightline and"
                        + " cannot be resumed; start it again.");
            }
            return new Queued(Json.read(row.requestJson(), TrainingRequest.class),
                    context.catalog().get(c, row.datasetId()), Task.valueOf(row.task()));
        });
    }

    /** The job's row as stored. */
    private record QueuedRow(String requestJson, String datasetId, String task, boolean cancelRequested) {
        static QueuedRow read(ResultSet row) throws SQLException {
            return new QueuedRow(row.getString("request_json"), row.getString("dataset_id"), row.getString("task"),
                    row.getBoolean("cancel_requested"));
        }
    }

    /** Stopped on request: a node that is closing hands a cluster's job back; otherwise it was cancelled. */
    private void stopped(Queued queued, String message) {
        HeldJob.Stop reason = job.stopReason();
        if (reason == HeldJob.Stop.LEASE_LOST) {
            LOG.warn("Training job {} stopped on node {}: its lease ran out and another node runs it now",
                    job.jobId(), job.lease().nodeId());
        } else if (reason == HeldJob.Stop.NODE_STOPPING && leases.node().cluster()) {
            release();
        } else {
            recordFailure(queued, RunStatus.KILLED, JobState.CANCELLED, message);
        }
    }

    private void release() {
        try {
            context.database().inTransaction(c -> leases.release(c, job.lease())
                    && Sql.update(c, "UPDATE training_job SET message = ? WHERE id = ?", "Waiting for a node: node "
                    + job.lease().nodeId() + " stopped while training", job.jobId()) == 1);
        } catch (PlatformException e) {
            LOG.warn("Could not hand training job {} back to the queue; another node takes it once its lease runs out",
                    job.jobId(), e);
        }
    }

    private ModelVersion record(Queued queued, AutoMlResult result) {
        byte[] artifact = result.model().toBytes();
        String artifactSha = context.modelFiles().put(artifact);
        TrainingRequest request = queued.request();
        DatasetInfo dataset = queued.dataset();
        String modelName = modelName(request, dataset);
        Instant finished = Timestamps.now();
        Map<String, Long> timings = new LinkedHashMap<>(result.timingsMillis());
        timings.put("total", finished.toEpochMilli() - started.toEpochMilli());
        RunInfo run = new RunInfo(runId, dataset.name(), dataset.id(), dataset.sha256(), request.target(),
                result.task(), RunStatus.FINISHED, params(request, modelName, result.params()), result.metrics(),
                result.leaderboard(), result.bestCandidate(), result.testEvaluation(), result.baseline(),
                result.importances(), timings, result.model().provenanceJson(), started, finished, null);
        return leases.commitWhileHeld(context.database(), job.lease(), c -> {
            context.runs().insert(c, run);
            ModelVersion version = context.registry().register(c, new ModelVersion(modelName, 0, runId,
                    dataset.id(), dataset.sha256(), Stage.NONE, artifactSha, artifact.length,
                    result.model().algorithm(), result.metrics(), result.model().schema(), finished));
            Sql.update(c, "UPDATE run SET model_name = ?, model_version = ? WHERE id = ?", version.model(),
                    version.version(), runId);
            finishRow(c, JobState.SUCCEEDED, runId, "Trained " + new ModelRef(modelName, version.version()));
            return version;
        });
    }

    /** Records a run that did not finish (when the request could be read) and the job's end. */
    private void recordFailure(Queued queued, RunStatus status, JobState state, String message) {
        try {
            leases.commitWhileHeld(context.database(), job.lease(), c -> {
                if (queued != null) {
                    context.runs().insert(c, failedRun(queued, status, message));
                }
                finishRow(c, state, queued == null ? null : runId, message);
                return null;
            });
        } catch (LeaseLostException e) {
            LOG.warn("{}", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("Could not record the end of training job {}", job.jobId(), e);
        }
        publishFinished(state, queued == null ? null : runId, message);
    }

    private RunInfo failedRun(Queued queued, RunStatus status, String message) {
        TrainingRequest request = queued.request();
        DatasetInfo dataset = queued.dataset();
        return new RunInfo(runId, dataset.name(), dataset.id(), dataset.sha256(), request.target(), queued.task(),
                status, params(request, modelName(request, dataset), Map.of("error", String.valueOf(message))),
                Map.of(), List.of(), null, null, null, List.of(), Map.of(), null, started, Timestamps.now(), null);
    }

    private void finishRow(Connection c, JobState state, String recordedRun, String message) throws SQLException {
        Sql.update(c, "UPDATE training_job SET state = ?, run_id = ?, message = ?, finished_at = ?, lease_until = NULL"
                + " WHERE id = ?", state, recordedRun, message, Timestamps.now(), job.jobId());
    }

    private void publishFinished(JobState state, String recordedRun, String message) {
        context.events().publish(new PlatformEvent.TrainingFinished(0, Timestamps.now(), job.jobId(), state,
                recordedRun, message));
    }

    private void publishProgress(TrainingProgress progress) {
        context.events().publish(new PlatformEvent.TrainingProgress(0, Timestamps.now(), job.jobId(),
                progress.phase(), progress.candidate(), progress.candidates(), progress.candidateName(),
                progress.fold(), progress.folds(), progress.elapsedMillis(), progress.fraction(), progress.message(),
                progress.finishedCandidate()));
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
}

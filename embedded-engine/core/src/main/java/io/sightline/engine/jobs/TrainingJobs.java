package io.sightline.engine.jobs;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.track.RunStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training jobs, queued in the database and run one at a time by this node's worker thread (training uses the
 * cores), each under a lease renewed while it runs ({@link JobLeases}). A standalone engine runs the jobs it
 * queued and reports those a dead process left unfinished as interrupted; a cluster node runs any queued job,
 * and a job whose node died is run again from the start by whichever node claims it once its lease has run out.
 * Each attempt is a {@link TrainingAttempt}, which records its outcome only while it holds the lease.
 */
public final class TrainingJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);
    private static final String INTERRUPTED = "The engine stopped before this training finished. Start it again.";

    /** What a job needs from the platform. */
    public record Context(Database database, EventLog events, CsvImporter importer, DatasetCatalog catalog,
                   ArtifactStore datasetFiles, ArtifactStore modelFiles, RunStore runs, ModelRegistry registry) {
    }

    private final Context context;
    private final NodeOptions node;
    private final JobLeases leases;
    /** The jobs this node holds, by id: queued here (standalone) or running here. */
    private final Map<String, HeldJob> held = new ConcurrentHashMap<>();
    /** Claims and renewals take turns, so a renewal never uses a lease a claim has just replaced. */
    private final Object leaseLock = new Object();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Thread worker;
    private final ScheduledExecutorService renewals;
    private volatile boolean closing;
    /** Why the worker thread ended before the platform closed, for health; null while it runs. */
    private volatile String workerEnded;

    public TrainingJobs(Context context, NodeOptions node) {
        this.context = context;
        this.node = node;
        this.leases = new JobLeases("training_job", node);
        failAbandonedJobs();
        this.worker = Thread.ofPlatform().daemon().name("sightline-training").start(this::work);
        this.renewals = Executors.newSingleThreadScheduledExecutor(runnable ->
                Thread.ofPlatform().daemon().name("sightline-job-leases").unstarted(runnable));
        long every = node.renewInterval().toMillis();
        renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    public TrainingJob submit(TrainingRequest request, DatasetInfo dataset, Task task) {
        String jobId = Ids.newId("job");
        Instant now = Timestamps.now();
        synchronized (leaseLock) {
            JobLease queuedHere = context.database().inTransaction(c -> {
                Sql.update(c, """
                        INSERT INTO training_job (id, dataset_id, target, request_json, task, state, message, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", jobId, dataset.id(), request.target(), Json.write(request),
                        task, JobState.QUEUED, node.cluster() ? "Waiting for a node" : "Waiting for the trainer", now);
                return node.cluster() ? null : leases.holdQueued(c, jobId);
            });
            if (queuedHere != null) {
                held.put(jobId, new HeldJob(queuedHere));
            }
        }
        wakeUp.release();
        return get(jobId);
    }

    public TrainingJob get(String jobId) {
        return context.database().read(c -> Sql.one(c, "SELECT * FROM training_job WHERE id = ?",
                TrainingJobs::read, jobId)).orElseThrow(() -> PlatformException.notFound("training job", jobId));
    }

    public List<TrainingJob> list() {
        return context.database().read(c -> Sql.list(c, "SELECT * FROM training_job ORDER BY created_at DESC",
                TrainingJobs::read));
    }

    /** Cancels a queued or running job, whichever node holds it: that node sees the request at its next renewal. */
    public void cancel(String jobId) {
        if (get(jobId).state().isFinished()) {
            return;
        }
        context.database().inTransaction(c -> leases.requestCancel(c, jobId));
        HeldJob local = held.get(jobId);
        if (local != null) {
            local.stop(HeldJob.Stop.CANCELLED);
        }
        wakeUp.release();
    }

    /**
     * The queue as it is now: stopped when the platform closes or when its worker thread has ended (then no
     * training runs here until the engine is restarted), else what runs and waits (see {@link #describe}).
     */
    public ComponentHealth health() {
        if (closing) {
            return new ComponentHealth("job queue", HealthStatus.RED, "stopped: the platform is closing");
        }
        if (!worker.isAlive()) {
            return new ComponentHealth("job queue", HealthStatus.RED, "The training worker has stopped ("
                    + (workerEnded == null ? "for no known reason" : workerEnded) + "); no training will run on this"
                    + " node until the engine is restarted.");
        }
        return new ComponentHealth("job queue", HealthStatus.GREEN, describe());
    }

    /** The worker thread, so that tests can stop it as a fault would. */
    Thread worker() {
        return worker;
    }

    /** A line for the health view: what this node runs and, on a cluster, what waits or runs on the others. */
    public String describe() {
        if (!node.cluster()) {
            return held.isEmpty() ? "idle" : held.size() + " training job(s) queued or running";
        }
        String here = held.values().stream().filter(HeldJob::running).map(HeldJob::jobId)
                .collect(Collectors.joining(", "));
        Map<String, Integer> counts = context.database().read(c -> Sql.list(c, "SELECT state, COUNT(*) AS n"
                + " FROM training_job WHERE state IN (?, ?) GROUP BY state", row -> Map.entry(row.getString("state"),
                row.getInt("n")), JobState.QUEUED, JobState.RUNNING)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return "node " + node.nodeId() + (here.isEmpty() ? " idle" : " training " + here) + "; in the cluster "
                + counts.getOrDefault(JobState.QUEUED.name(), 0) + " queued, "
                + counts.getOrDefault(JobState.RUNNING.name(), 0) + " running";
    }

    private void work() {
        try {
            workLoop();
        } catch (RuntimeException | Error e) {
            workerEnded = "it failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.error("The training worker has stopped; no training will run on this node until a restart", e);
        }
    }

    private void workLoop() {
        boolean failing = false;
        while (!(closing && node.cluster())) {
            Optional<HeldJob> claimed = Optional.empty();
            try {
                if (node.cluster()) {
                    failAbandonedJobs();
                }
                claimed = claimNext();
                failing = false;
            } catch (PlatformException e) {
                if (!failing) {
                    LOG.warn("Cannot look for queued training jobs; trying again every {} ms: {}",
                            node.pollInterval().toMillis(), e.getMessage());
                }
                failing = true;
            }
            if (claimed.isPresent()) {
                runAttempt(claimed.get());
            } else if (closing) {
                return;
            } else if (!awaitWork()) {
                workerEnded = "it was interrupted";
                LOG.error("The training worker was interrupted; no training will run on this node until a restart");
                return;
            }
        }
    }

    private void runAttempt(HeldJob job) {
        if (closing) {
            job.stop(HeldJob.Stop.NODE_STOPPING);
        }
        try {
            new TrainingAttempt(context, leases, job).run();
        } catch (RuntimeException e) {
            LOG.error("Training job {} could not be run to its end", job.jobId(), e);
        } finally {
            held.remove(job.jobId(), job);
        }
    }

    private Optional<HeldJob> claimNext() {
        synchronized (leaseLock) {
            return context.database().inTransaction(c -> {
                Optional<JobLeases.Claim> claim = leases.claimNext(c);
                if (claim.isPresent()) {
                    Sql.update(c, "UPDATE training_job SET message = ? WHERE id = ?", claimMessage(claim.get()),
                            claim.get().lease().jobId());
                }
                return claim;
            }).map(claim -> {
                HeldJob job = held.computeIfAbsent(claim.lease().jobId(), id -> new HeldJob(claim.lease()));
                job.claimed(claim.lease());
                return job;
            });
        }
    }

    private String claimMessage(JobLeases.Claim claim) {
        if (!node.cluster()) {
            return "Training";
        }
        String here = "Training on node " + node.nodeId();
        return claim.isRetry() ? here + " (attempt " + claim.lease().attempt() + " of " + node.maxAttempts()
                + (claim.previousNode() == null ? ")" : "): node " + claim.previousNode() + " stopped before it finished")
                : here;
    }

    /** Waits for work or the next poll; false when the worker was interrupted and must end. */
    private boolean awaitWork() {
        try {
            wakeUp.tryAcquire(node.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Jobs no node will finish are reported failed: standalone, those a process that died left queued or
     * running; in a cluster, those whose node died on their last attempt.
     */
    private void failAbandonedJobs() {
        String message = node.cluster() ? "Training stopped " + node.maxAttempts() + " times before it finished"
                + " (the node running it stopped answering). Start it again." : INTERRUPTED;
        Instant now = Timestamps.now();
        List<String> failed = context.database().inTransaction(c -> {
            List<String> abandoned = leases.abandoned(c);
            for (String jobId : abandoned) {
                Sql.update(c, "UPDATE training_job SET state = ?, message = ?, finished_at = ?, lease_until = NULL"
                        + " WHERE id = ?", JobState.FAILED, message, now, jobId);
            }
            return abandoned;
        });
        failed.forEach(jobId -> context.events().publish(new PlatformEvent.TrainingFinished(0, Timestamps.now(), jobId,
                JobState.FAILED, null, message)));
    }

    /** Keeps the leases of the jobs this node holds; a job whose lease was lost, or that was cancelled, stops. */
    private void renewLeases() {
        synchronized (leaseLock) {
            for (HeldJob job : held.values()) {
                try {
                    renew(job);
                } catch (PlatformException e) {
                    LOG.warn("Could not renew the lease on training job {}: {}", job.jobId(), e.getMessage());
                }
            }
        }
    }

    private void renew(HeldJob job) {
        boolean[] cancelRequested = {false};
        boolean kept = context.database().inTransaction(c -> {
            boolean renewed = leases.renew(c, job.lease());
            cancelRequested[0] = renewed && leases.cancelRequested(c, job.jobId());
            return renewed;
        });
        if (!kept) {
            job.stop(HeldJob.Stop.LEASE_LOST);
            if (!job.running()) {
                held.remove(job.jobId(), job);
            }
        } else if (cancelRequested[0]) {
            job.stop(HeldJob.Stop.CANCELLED);
        }
    }

    private static TrainingJob read(ResultSet row) throws SQLException {
        return new TrainingJob(row.getString("id"), row.getString("dataset_id"), row.getString("target"),
                JobState.valueOf(row.getString("state")), row.getString("run_id"), row.getString("message"),
                Sql.instant(row, "created_at"), Sql.instant(row, "finished_at"), row.getString("node_id"));
    }

    /**
     * Stops this node's work. A standalone engine cancels its jobs, as a closing console would; a cluster node
     * hands its running job back to the queue, for another node to run.
     */
    @Override
    public void close() {
        closing = true;
        held.values().forEach(job -> job.stop(HeldJob.Stop.NODE_STOPPING));
        wakeUp.release();
        try {
            worker.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewals.shutdownNow();
    }
}

package io.sightline.engine.jobs;

import io.sightline.engine.cluster.LocalProcess;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.api.JobState;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Leases on the rows of a job table (one with the columns {@code state}, {@code created_at}, {@code node_id},
 * {@code attempt}, {@code lease_until} and {@code cancel_requested}): claiming the oldest job a node may run,
 * renewing, checking, in the transaction that records a result, that the node still holds the job, and giving
 * it back. Times come from the database's clock, so nodes whose clocks differ agree on when a lease runs out.
 *
 * <p>A claim locks its row with {@code FOR UPDATE SKIP LOCKED}: on PostgreSQL two nodes never claim one job
 * and never wait for each other. H2 runs the same statement; where it finds the oldest row locked it claims
 * nothing, and the next poll claims it (a single node runs there, so nothing is lost but a poll).
 */
public final class JobLeases {
    private final String table;
    private final NodeOptions node;

    /** Leases on the rows of {@code table}, taken as {@code node}. */
    public JobLeases(String table, NodeOptions node) {
        this.table = Objects.requireNonNull(table);
        this.node = Objects.requireNonNull(node);
    }

    public NodeOptions node() {
        return node;
    }

    /** The claim of a job: the lease, and when the job is being run again, the node that had it before. */
    public record Claim(JobLease lease, String previousNode) {
        public boolean isRetry() {
            return lease.attempt() > 1;
        }
    }

    /** The lease columns of one row. */
    private record Holder(String id, String nodeId, int attempt, JobState state, Instant leaseUntil) {
        static Holder read(ResultSet row) throws SQLException {
            return new Holder(row.getString("id"), row.getString("node_id"), row.getInt("attempt"),
                    JobState.valueOf(row.getString("state")), Sql.instant(row, "lease_until"));
        }

        boolean expiredAt(Instant now) {
            return leaseUntil == null || leaseUntil.isBefore(now);
        }
    }

    /** The time by the database's clock, which every node shares. */
    public static Instant databaseTime(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT CURRENT_TIMESTAMP AS db_now", row -> Sql.instant(row, "db_now"))
                .orElseThrow(() -> new SQLException("The database did not tell its time"));
    }

    /**
     * Standalone: a job this node has just queued is held by it from the start (attempt 0), so that no other
     * process sharing the database runs it and a reopened engine can tell whether its process is gone.
     */
    public JobLease holdQueued(Connection connection, String jobId) throws SQLException {
        Sql.update(connection, "UPDATE " + table + " SET node_id = ?, attempt = 0, lease_until = ? WHERE id = ?",
                node.nodeId(), databaseTime(connection).plus(node.leaseDuration()), jobId);
        return new JobLease(jobId, node.nodeId(), 0);
    }

    /**
     * Claims the oldest job this node may run and marks it running under a new lease. A cluster node takes any
     * queued job, or a running one whose lease ran out before its last attempt; a standalone engine takes only
     * the jobs it queued itself.
     */
    public Optional<Claim> claimNext(Connection connection) throws SQLException {
        Instant now = databaseTime(connection);
        String select = "SELECT id, node_id, attempt, state, lease_until FROM " + table;
        String oldestUnlocked = " ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";
        Optional<Holder> candidate = node.cluster()
                ? Sql.one(connection, select + " WHERE state = ? OR (state = ? AND (lease_until IS NULL OR lease_until < ?)"
                        + " AND attempt < ?)" + oldestUnlocked, Holder::read,
                        JobState.QUEUED, JobState.RUNNING, now, node.maxAttempts())
                : Sql.one(connection, select + " WHERE state = ? AND node_id = ?" + oldestUnlocked, Holder::read,
                        JobState.QUEUED, node.nodeId());
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Holder job = candidate.get();
        int attempt = job.attempt() + 1;
        Sql.update(connection, "UPDATE " + table + " SET state = ?, node_id = ?, attempt = ?, lease_until = ? WHERE id = ?",
                JobState.RUNNING, node.nodeId(), attempt, now.plus(node.leaseDuration()), job.id());
        return Optional.of(new Claim(new JobLease(job.id(), node.nodeId(), attempt),
                job.attempt() > 0 ? job.nodeId() : null));
    }

    /**
     * Extends a lease this node still holds. False when it holds it no more: its lease ran out (another node
     * may be starting the job again), another node took the job over, or the job ended.
     */
    public boolean renew(Connection connection, JobLease lease) throws SQLException {
        Instant now = databaseTime(connection);
        return Sql.update(connection, "UPDATE " + table + " SET lease_until = ? WHERE id = ? AND node_id = ?"
                        + " AND attempt = ? AND state IN (?, ?) AND lease_until >= ?",
                now.plus(node.leaseDuration()), lease.jobId(), lease.nodeId(), lease.attempt(),
                JobState.QUEUED, JobState.RUNNING, now) == 1;
    }

    /** Whether someone asked, on any node, for the job to be cancelled. */
    public boolean cancelRequested(Connection connection, String jobId) throws SQLException {
        return Sql.one(connection, "SELECT cancel_requested FROM " + table + " WHERE id = ?",
                row -> row.getBoolean("cancel_requested"), jobId).orElse(false);
    }

    /** Asks whichever node holds the job to cancel it; false when the job has already ended. */
    public boolean requestCancel(Connection connection, String jobId) throws SQLException {
        return Sql.update(connection, "UPDATE " + table + " SET cancel_requested = ? WHERE id = ? AND state IN (?, ?)",
                true, jobId, JobState.QUEUED, JobState.RUNNING) == 1;
    }

    /**
     * Locks the job's row and checks that this node still holds it, by the lease it claimed and before the
     * lease ran out; throws {@link LeaseLostException} otherwise. Call it first in the transaction that records
     * the job's result: the row lock keeps any other node from claiming the job until that transaction ends.
     */
    public void requireHeld(Connection connection, JobLease lease) throws SQLException {
        Optional<Holder> row = Sql.one(connection, "SELECT id, node_id, attempt, state, lease_until FROM " + table
                + " WHERE id = ? FOR UPDATE", Holder::read, lease.jobId());
        Instant now = databaseTime(connection);
        boolean held = row.filter(h -> lease.nodeId().equals(h.nodeId()) && h.attempt() == lease.attempt()
                && h.state() == JobState.RUNNING && !h.expiredAt(now)).isPresent();
        if (!held) {
            throw new LeaseLostException(lease);
        }
    }

    /**
     * Runs {@code work} in one transaction that first checks, with {@link #requireHeld}, that this node still
     * holds the job: either the node held it and all of {@code work} is committed, or nothing is.
     */
    public <T> T commitWhileHeld(Database database, JobLease lease, Database.SqlWork<T> work) {
        return database.inTransactionRetryingConflicts(connection -> {
            requireHeld(connection, lease);
            return work.run(connection);
        });
    }

    /**
     * Gives a running job back to the queue (this node is stopping): another node starts it again. The row
     * keeps this node's id and attempt, so the next claim knows the job is being run again.
     */
    public boolean release(Connection connection, JobLease lease) throws SQLException {
        return Sql.update(connection, "UPDATE " + table + " SET state = ?, lease_until = NULL WHERE id = ?"
                        + " AND node_id = ? AND attempt = ? AND state = ?",
                JobState.QUEUED, lease.jobId(), lease.nodeId(), lease.attempt(), JobState.RUNNING) == 1;
    }

    /**
     * Jobs nobody will finish, locked for the caller to mark until its transaction ends. In a cluster: running
     * jobs whose lease ran out on their last attempt. Standalone: queued or running jobs of another process
     * whose lease ran out, whose process on this machine is gone, or that have no holder at all (queued before
     * leases existed).
     */
    public List<String> abandoned(Connection connection) throws SQLException {
        Instant now = databaseTime(connection);
        if (node.cluster()) {
            return Sql.list(connection, "SELECT id FROM " + table + " WHERE state = ? AND (lease_until IS NULL"
                            + " OR lease_until < ?) AND attempt >= ? FOR UPDATE SKIP LOCKED", row -> row.getString("id"),
                    JobState.RUNNING, now, node.maxAttempts());
        }
        return Sql.list(connection, "SELECT id, node_id, attempt, state, lease_until FROM " + table
                        + " WHERE state IN (?, ?) AND (node_id IS NULL OR node_id <> ?) FOR UPDATE SKIP LOCKED",
                        Holder::read, JobState.QUEUED, JobState.RUNNING, node.nodeId()).stream()
                .filter(h -> h.nodeId() == null || h.expiredAt(now) || LocalProcess.isGone(h.nodeId()))
                .map(Holder::id)
                .toList();
    }
}

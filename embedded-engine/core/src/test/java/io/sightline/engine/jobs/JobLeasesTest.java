package io.sightline.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.cluster.LocalProcess;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.api.JobState;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leases on training jobs as two nodes see them: claim, renewal, expiry and take-over, and the rule that a
 * node that lost a job's lease cannot commit anything for it. Expiry is shown by letting a short lease run out
 * (by the database's clock); nothing here measures how long anything took.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobLeasesTest {
    static final Duration LONG = Duration.ofMinutes(10);
    static final Duration SHORT = Duration.ofMillis(300);

    Database database;
    /** Jobs are queued one millisecond apart, so "oldest first" has one answer. */
    private Instant nextQueuedAt = Timestamps.now();

    /** The database both nodes share; H2 here, PostgreSQL in the subclass. */
    protected Database openDatabase(Path folder) {
        return Database.h2File(folder);
    }

    @BeforeAll
    void openSharedDatabase(@TempDir Path directory) {
        database = openDatabase(directory);
        database.inTransaction(c -> Sql.update(c, """
                INSERT INTO dataset (id, name, sha256, size_bytes, row_count, default_target, profile_json, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", "ds_leases", "leases", "0".repeat(64), 10L, 1L, null,
                "{\"columns\":[],\"issues\":[]}", Timestamps.now()));
    }

    /** Every test starts with an empty queue: a cluster node would otherwise claim another test's job. */
    @BeforeEach
    void emptyTheQueue() {
        database.inTransaction(c -> Sql.update(c, "DELETE FROM training_job"));
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    static JobLeases node(String id, Duration lease) {
        return new JobLeases("training_job", NodeOptions.cluster(id).withLeaseDuration(lease));
    }

    static JobLeases standalone(String id, Duration lease) {
        return new JobLeases("training_job", new NodeOptions(id, false, lease, NodeOptions.DEFAULT_POLL, 1));
    }

    String queueJob() {
        String id = Ids.newId("job");
        database.inTransaction(c -> Sql.update(c, """
                INSERT INTO training_job (id, dataset_id, target, request_json, task, state, message, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, "ds_leases", "y", "{}", "BINARY", JobState.QUEUED,
                "queued", nextQueuedAt));
        nextQueuedAt = nextQueuedAt.plusMillis(1);
        return id;
    }

    /** Queues a job and claims it as {@code leases}' node. */
    JobLease queueAndClaim(JobLeases leases) {
        queueJob();
        return claim(leases).orElseThrow().lease();
    }

    Optional<JobLeases.Claim> claim(JobLeases leases) {
        return database.inTransaction(leases::claimNext);
    }

    boolean renew(JobLeases leases, JobLease lease) {
        return database.inTransaction(c -> leases.renew(c, lease));
    }

    String message(String jobId) {
        return database.read(c -> Sql.one(c, "SELECT message FROM training_job WHERE id = ?",
                row -> row.getString("message"), jobId)).orElseThrow();
    }

    Instant leaseUntil(String jobId) {
        return database.read(c -> Sql.one(c, "SELECT lease_until FROM training_job WHERE id = ?",
                row -> Sql.instant(row, "lease_until"), jobId)).orElseThrow();
    }

    boolean cancelRequested(JobLeases leases, String jobId) {
        return database.read(c -> leases.cancelRequested(c, jobId));
    }

    /** Commits a new message for the job, as a node records a result: only while it holds the lease. */
    void commitMessage(JobLeases leases, JobLease lease, String text) {
        leases.commitWhileHeld(database, lease, c -> Sql.update(c, "UPDATE training_job SET message = ? WHERE id = ?",
                text, lease.jobId()));
    }

    static void outlast(Duration lease) throws InterruptedException {
        Thread.sleep(lease.multipliedBy(2).toMillis());
    }

    @Test
    void aQueuedJobIsClaimedByOneNodeWithItsFirstAttempt() {
        String job = queueJob();
        JobLeases a = node("node-a", LONG);
        JobLeases b = node("node-b", LONG);

        JobLeases.Claim claim = claim(a).orElseThrow();

        assertThat(claim.lease()).isEqualTo(new JobLease(job, "node-a", 1));
        assertThat(claim.isRetry()).isFalse();
        assertThat(claim(b)).isEmpty();
        assertThat(claim(a)).isEmpty();
    }

    @Test
    void aJobBeingClaimedIsSkippedByAnotherNodeRatherThanWaitedFor() {
        queueJob();
        JobLeases a = node("node-a", LONG);
        JobLeases b = node("node-b", LONG);

        Optional<JobLeases.Claim> seenByB = database.inTransaction(c -> {
            assertThat(a.claimNext(c)).isPresent();
            // node A's claim is not committed yet: its row is locked, and B must not block on it
            return claim(b);
        });

        assertThat(seenByB).isEmpty();
        assertThat(claim(b)).isEmpty();
    }

    @Test
    void renewingExtendsTheLeaseAndKeepsTheJobFromOtherNodes() throws InterruptedException {
        JobLeases a = node("node-a", LONG);
        JobLease lease = queueAndClaim(a);
        String job = lease.jobId();
        Instant before = leaseUntil(job);
        Thread.sleep(50);

        assertThat(renew(a, lease)).isTrue();

        assertThat(leaseUntil(job)).isAfter(before);
        assertThat(claim(node("node-b", LONG))).isEmpty();
    }

    @Test
    void aLeaseThatRanOutIsTakenOverByAnotherNodeWithTheNextAttempt() throws InterruptedException {
        JobLeases a = node("node-a", SHORT);
        JobLease first = queueAndClaim(a);
        String job = first.jobId();
        outlast(SHORT);

        JobLeases.Claim takeover = claim(node("node-b", LONG)).orElseThrow();

        assertThat(takeover.lease()).isEqualTo(new JobLease(job, "node-b", 2));
        assertThat(takeover.isRetry()).isTrue();
        assertThat(takeover.previousNode()).isEqualTo("node-a");
        assertThat(renew(a, first)).isFalse();
    }

    @Test
    void aNodeThatLostItsLeaseCannotCommitAndItsWorkIsRolledBack() throws InterruptedException {
        JobLeases a = node("node-a", SHORT);
        JobLeases b = node("node-b", LONG);
        JobLease first = queueAndClaim(a);
        String job = first.jobId();
        outlast(SHORT);
        JobLease second = claim(b).orElseThrow().lease();

        assertThatThrownBy(() -> commitMessage(a, first, "recorded by node-a"))
                .isInstanceOf(LeaseLostException.class).hasMessageContaining("node-a");
        assertThat(message(job)).isEqualTo("queued");

        commitMessage(b, second, "recorded by node-b");
        assertThat(message(job)).isEqualTo("recorded by node-b");
    }

    @Test
    void aLeaseThatRanOutCannotCommitOrBeRenewedEvenBeforeAnotherNodeClaimsIt() throws InterruptedException {
        JobLeases a = node("node-a", SHORT);
        JobLease lease = queueAndClaim(a);
        outlast(SHORT);

        assertThatThrownBy(() -> commitMessage(a, lease, "late")).isInstanceOf(LeaseLostException.class);
        assertThat(renew(a, lease)).isFalse();
        assertThat(message(lease.jobId())).isEqualTo("queued");
    }

    @Test
    void aReleasedJobIsClaimedAgainAndRemembersWhoHadIt() {
        JobLeases a = node("node-a", LONG);
        JobLease lease = queueAndClaim(a);
        String job = lease.jobId();

        boolean released = database.inTransaction(c -> a.release(c, lease));
        assertThat(released).isTrue();
        JobLeases.Claim again = claim(node("node-b", LONG)).orElseThrow();

        assertThat(again.lease()).isEqualTo(new JobLease(job, "node-b", 2));
        assertThat(again.previousNode()).isEqualTo("node-a");
        assertThatThrownBy(() -> commitMessage(a, lease, "stale")).isInstanceOf(LeaseLostException.class);
    }

    @Test
    void aJobOutOfAttemptsIsNotClaimedAgainButReportedAbandoned() throws InterruptedException {
        String job = queueJob();
        JobLeases a = new JobLeases("training_job", NodeOptions.cluster("node-a").withLeaseDuration(SHORT)
                .withMaxAttempts(1));
        JobLeases b = new JobLeases("training_job", NodeOptions.cluster("node-b").withMaxAttempts(1));
        claim(a).orElseThrow();
        assertThat(database.inTransaction(b::abandoned)).isEmpty();
        outlast(SHORT);

        assertThat(claim(b)).isEmpty();
        assertThat(database.inTransaction(b::abandoned)).containsExactly(job);
    }

    @Test
    void aCancelRequestIsSeenByTheNodeHoldingTheJob() {
        String job = queueJob();
        JobLeases a = node("node-a", LONG);
        claim(a).orElseThrow();
        assertThat(cancelRequested(a, job)).isFalse();

        boolean requested = database.inTransaction(c -> node("node-b", LONG).requestCancel(c, job));

        assertThat(requested).isTrue();
        assertThat(cancelRequested(a, job)).isTrue();
    }

    @Test
    void aStandaloneEngineRunsOnlyTheJobsItQueuedItself() {
        JobLeases mine = standalone("mine", LONG);
        JobLeases theirs = standalone("theirs", LONG);
        String own = queueJob();
        String foreign = queueJob();
        database.inTransaction(c -> mine.holdQueued(c, own));
        database.inTransaction(c -> theirs.holdQueued(c, foreign));

        assertThat(claim(mine).orElseThrow().lease()).isEqualTo(new JobLease(own, "mine", 1));
        assertThat(claim(mine)).isEmpty();
        assertThat(claim(theirs).orElseThrow().lease().jobId()).isEqualTo(foreign);
    }

    @Test
    void aStandaloneEngineReportsTheJobsOfADeadProcessOrALapsedLeaseButNotOfALiveProcess() throws Exception {
        Process finished = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(finished.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String thisProcess = LocalProcess.nodeId();
        String deadProcess = thisProcess.substring(0, thisProcess.lastIndexOf(':') + 1) + finished.pid();
        String ofDead = queueJob();
        String ofLive = queueJob();
        String elsewhere = queueJob();
        database.inTransaction(c -> standalone(deadProcess, LONG).holdQueued(c, ofDead));
        database.inTransaction(c -> standalone(thisProcess, LONG).holdQueued(c, ofLive));
        database.inTransaction(c -> standalone("another-machine:4242", SHORT).holdQueued(c, elsewhere));
        JobLeases reopened = standalone("reopened", LONG);

        assertThat(database.inTransaction(reopened::abandoned)).containsExactly(ofDead);
        outlast(SHORT);
        assertThat(database.inTransaction(reopened::abandoned)).containsExactlyInAnyOrder(ofDead, elsewhere);
    }

    @Test
    void nodeOptionsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> NodeOptions.cluster("bad id")).hasMessageContaining("node id");
        assertThatThrownBy(() -> NodeOptions.cluster("a").withLeaseDuration(Duration.ofMillis(10)))
                .hasMessageContaining("lease");
        assertThatThrownBy(() -> NodeOptions.cluster("a").withMaxAttempts(0)).hasMessageContaining("at least once");
        assertThat(NodeOptions.cluster("node-a").renewInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(NodeOptions.standalone().cluster()).isFalse();
    }
}

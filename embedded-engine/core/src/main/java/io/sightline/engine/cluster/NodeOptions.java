package io.sightline.engine.cluster;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How an engine takes part in running jobs on its database.
 *
 * <p>A <b>standalone</b> engine (the console, the command line, a server on its own H2 file) runs the trainings
 * it was asked for itself; a training left unfinished by a process that died is reported as interrupted when
 * the database is next opened. A <b>cluster node</b> shares its database (PostgreSQL) with other nodes: any
 * node claims a queued training under a lease of {@code leaseDuration}, renewed while it works; when a node
 * dies its lease runs out and another node runs the training again from the start, at most
 * {@code maxAttempts} times in all. Cluster nodes hear each other's events by reading the event table every
 * {@code pollInterval}, and keep the bytes of datasets and models in the database, so that any node can train
 * on any dataset and serve any model.
 *
 * @param nodeId        names this node in job states and health, e.g. {@code node-a}; unique in the cluster
 * @param cluster       whether other nodes share the database
 * @param leaseDuration how long a job stays with a node that stopped renewing its lease
 * @param pollInterval  how often a node looks for queued jobs and for other nodes' events
 * @param maxAttempts   how many times a cluster runs a job whose node died before reporting it failed
 */
public record NodeOptions(String nodeId, boolean cluster, Duration leaseDuration, Duration pollInterval,
                          int maxAttempts) {
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    private static final Duration SHORTEST_LEASE = Duration.ofMillis(300);
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    public NodeOptions {
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw PlatformException.invalid("A node id is 1 to 128 letters, digits, dots, colons, at signs, dashes"
                    + " or underscores, starting with a letter or digit (got '" + nodeId + "').");
        }
        if (leaseDuration == null || leaseDuration.compareTo(SHORTEST_LEASE) < 0) {
            throw PlatformException.invalid("A job lease lasts at least " + SHORTEST_LEASE.toMillis()
                    + " ms (got " + leaseDuration + ").");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw PlatformException.invalid("The poll interval must be a positive duration (got " + pollInterval + ").");
        }
        if (maxAttempts < 1) {
            throw PlatformException.invalid("A job is tried at least once (got " + maxAttempts + " attempts).");
        }
    }

    /** A standalone engine, named after this machine and process. */
    public static NodeOptions standalone() {
        return new NodeOptions(LocalProcess.nodeId(), false, DEFAULT_LEASE, DEFAULT_POLL, 1);
    }

    /** A cluster node with the default lease (30 s), poll interval (1 s) and attempts (3). */
    public static NodeOptions cluster(String nodeId) {
        return new NodeOptions(nodeId, true, DEFAULT_LEASE, DEFAULT_POLL, DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * What an engine is when nothing is said: standalone on H2 (one process owns the file), a cluster node
     * named after this machine and process on any other database, which other nodes may share.
     */
    public static NodeOptions defaultFor(Database database) {
        return database.url().startsWith("jdbc:h2:") ? standalone() : cluster(LocalProcess.nodeId());
    }

    public NodeOptions withLeaseDuration(Duration lease) {
        return new NodeOptions(nodeId, cluster, lease, pollInterval, maxAttempts);
    }

    public NodeOptions withPollInterval(Duration poll) {
        return new NodeOptions(nodeId, cluster, leaseDuration, poll, maxAttempts);
    }

    public NodeOptions withMaxAttempts(int attempts) {
        return new NodeOptions(nodeId, cluster, leaseDuration, pollInterval, attempts);
    }

    /** How often a node renews its leases: three chances before one runs out. */
    public Duration renewInterval() {
        return leaseDuration.dividedBy(3);
    }
}

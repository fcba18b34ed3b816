package io.sightline.engine.jobs;

import java.util.concurrent.atomic.AtomicReference;

/** A job this node holds: its current lease, whether it is running here, and whether and why it must stop. */
final class HeldJob {
    /** Why a job stops before it finishes. */
    enum Stop {
        /** Someone asked for it to be cancelled, on this node or another. */
        CANCELLED,
        /** This engine is closing. */
        NODE_STOPPING,
        /** Its lease ran out or another node took it over: the result is no longer this node's to record. */
        LEASE_LOST
    }

    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private volatile JobLease lease;
    private volatile boolean running;

    HeldJob(JobLease lease) {
        this.lease = lease;
    }

    String jobId() {
        return lease.jobId();
    }

    JobLease lease() {
        return lease;
    }

    /** Now held under {@code claimed}, and running on this node. */
    void claimed(JobLease claimed) {
        this.lease = claimed;
        this.running = true;
    }

    boolean running() {
        return running;
    }

    /** Asks the job to stop; the first reason given is the one that counts. */
    void stop(Stop reason) {
        stop.compareAndSet(null, reason);
    }

    boolean stopRequested() {
        return stop.get() != null;
    }

    /** Why the job was asked to stop, or null. */
    Stop stopReason() {
        return stop.get();
    }
}

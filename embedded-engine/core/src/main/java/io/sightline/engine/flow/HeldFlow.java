package io.sightline.engine.flow;

import io.sightline.engine.jobs.JobLease;
import java.util.concurrent.atomic.AtomicBoolean;

/** A flow this node holds: its lease, whether a runner is moving it now, and whether the lease was lost. */
final class HeldFlow {
    private final AtomicBoolean moving = new AtomicBoolean();
    private volatile JobLease lease;
    private volatile boolean lost;

    HeldFlow(JobLease lease) {
        this.lease = lease;
    }

    String flowId() {
        return lease.jobId();
    }

    JobLease lease() {
        return lease;
    }

    void claimed(JobLease claimed) {
        this.lease = claimed;
        this.lost = false;
    }

    /** Takes the turn to move the flow; false when a runner already is. */
    boolean startMoving() {
        return !lost && moving.compareAndSet(false, true);
    }

    void stopMoving() {
        moving.set(false);
    }

    boolean moving() {
        return moving.get();
    }

    void lose() {
        lost = true;
    }

    boolean lost() {
        return lost;
    }
}

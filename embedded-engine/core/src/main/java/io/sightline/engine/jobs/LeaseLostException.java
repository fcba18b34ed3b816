package io.sightline.engine.jobs;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;

/** This node no longer holds a job's lease: whatever it was about to record for that job is not recorded. */
public final class LeaseLostException extends PlatformException {
    private static final long serialVersionUID = 1L;

    public LeaseLostException(JobLease lease) {
        super(ErrorCode.CONFLICT, "Job " + lease.jobId() + " is no longer held by node " + lease.nodeId()
                + " (attempt " + lease.attempt() + "): its lease ran out or another node took it over, so this"
                + " node records nothing for it.");
    }
}

package io.sightline.engine.jobs;

/**
 * A node's hold on one job: the job, the node, and the attempt it claimed. The attempt is the fencing token:
 * every claim raises it, so once another node has taken the job over, this lease matches nothing any more.
 */
public record JobLease(String jobId, String nodeId, int attempt) {
}

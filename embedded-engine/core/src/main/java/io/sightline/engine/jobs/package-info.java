/**
 * The job queue: training jobs queued in the database, each run by one node at a time under a lease that is
 * renewed while it works and fenced when it is lost, so a job survives the death of the node running it.
 */
package io.sightline.engine.jobs;

/**
 * Tracking: every training recorded as a run with its parameters, metrics, leaderboard and lineage; experiments,
 * and runs that MLflow clients start and log to (parameters, metric histories, tags), kept in the same runs.
 */
package io.sightline.engine.track;

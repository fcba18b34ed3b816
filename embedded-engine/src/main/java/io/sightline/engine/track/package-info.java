/** Tracking: every training recorded as a run with its parameters, metrics, leaderboard and lineage. */
package io.sightline.engine.track;

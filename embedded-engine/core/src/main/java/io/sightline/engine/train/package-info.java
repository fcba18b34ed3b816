/**
 * AutoML: preprocessing, candidate learners from Tribuo, stratified cross-validation, the leaderboard, the
 * refit of the winner, its held-out evaluation and the most influential columns; the trained model with its
 * preprocessing, saved in Tribuo's protobuf format.
 */
package io.sightline.engine.train;

/**
 * The actions deployment flows run on the engine's own parts: checking a version, judging it by gates, setting
 * stages and traffic policies, testing it, and rolling back.
 */
package io.sightline.engine.flow.step;

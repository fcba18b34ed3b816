/**
 * The statistics behind releasing model versions: A/B test sizes and verdicts (fixed-sample z-test and mixture
 * sequential test), Thompson-sampling shares for bandits, the canary's guard, and a stable hash that keeps a
 * sticky key on one arm. Pure functions of counts, figures and a given random source.
 */
package io.sightline.engine.serve.release;

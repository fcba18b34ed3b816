/**
 * Releasing model versions: traffic policies stored per deployment, the router that picks each request's arm,
 * shadows, the background task that steps canaries and reshares bandits, rollback and release reports. And the
 * statistics behind them: A/B test sizes and verdicts (fixed-sample z-test and mixture
 * sequential test), Thompson-sampling shares for bandits, the canary's guard, and a stable hash that keeps a
 * sticky key on one arm, which are pure functions of counts, figures and a given random source.
 */
package io.sightline.engine.serve.release;

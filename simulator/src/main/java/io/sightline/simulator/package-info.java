/**
 * The marketplace simulator: a seeded synthetic seller-risk world with ground truth and scenario events that
 * drives any {@link io.sightline.engine.api.Platform} through its public interface, as real traffic would.
 * {@link io.sightline.simulator.MarketplaceSimulator} is the entry point.
 */
package io.sightline.simulator;

/**
 * The world running live against a platform: the simulated clock (1× to 100×, pause and resume), the traffic
 * thread that releases transactions as simulated time reaches them, the callers that score them through
 * {@code Platform.predict} from a bounded queue, and the reporter that sends each outcome once its delay has
 * passed.
 */
package io.sightline.simulator.live;

/**
 * The scenario timeline: events such as a seasonal peak, a new fraud ring, an upstream data bug or a latency
 * incident, triggered now or scheduled at a simulated time, and the conditions they make hold at any moment.
 */
package io.sightline.simulator.scenario;

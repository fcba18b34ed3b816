/**
 * Capacity planning: load tests that replay a deployment's recent inputs through the real scoring path at a
 * ramp of fixed request rates (open loop, latency from when each request was due), find where the latency
 * objective breaks, and keep every test with its measured steps in the database.
 */
package io.sightline.engine.serve.capacity;

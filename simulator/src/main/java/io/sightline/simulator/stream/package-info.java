/**
 * Transactions in simulated time: the seeded live stream (Poisson arrivals following the daily rhythm and the
 * scenario's volume), the labelled history file the first model learns from, and the upstream feed that turns a
 * transaction into the request a platform receives, faults included.
 */
package io.sightline.simulator.stream;

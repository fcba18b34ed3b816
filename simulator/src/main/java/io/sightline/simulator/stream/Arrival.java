package io.sightline.simulator.stream;

import io.sightline.simulator.scenario.WorldConditions;
import io.sightline.simulator.world.Transaction;

/** A transaction of the live stream with the conditions that held when it arrived. */
public record Arrival(long number, Transaction transaction, WorldConditions conditions) {
}

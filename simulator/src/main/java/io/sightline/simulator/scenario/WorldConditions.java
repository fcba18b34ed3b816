package io.sightline.simulator.scenario;

import io.sightline.simulator.world.MarketState;

/**
 * What holds at one simulated moment: the market (volume, basket mix, the new ring), the upstream faults that
 * bend what is sent without changing the orders (amounts in cents, a missing rating), and whether traffic comes
 * in bursts.
 */
public record WorldConditions(MarketState market, boolean amountInCents, boolean ratingMissing, boolean bursts) {
    public static final WorldConditions ORDINARY = new WorldConditions(MarketState.ORDINARY, false, false, false);

    public static final double PEAK_VOLUME = 5.0;
}

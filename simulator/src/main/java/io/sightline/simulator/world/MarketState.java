package io.sightline.simulator.world;

/**
 * The state of the market that shapes new transactions: the volume multiplier (5 in a seasonal peak, which
 * also raises the sellers' order velocity), whether the peak's basket mix applies, and the share of all
 * transactions the new fraud ring makes (0 while it is not at work).
 */
public record MarketState(double volume, boolean peakMix, double newRingShare) {
    public static final MarketState ORDINARY = new MarketState(1.0, false, 0);

    public MarketState {
        if (!(volume > 0)) {
            throw new IllegalArgumentException("The volume multiplier must be positive (got " + volume + ").");
        }
        if (!(newRingShare >= 0 && newRingShare < 0.5)) {
            throw new IllegalArgumentException("The new ring's share is from 0 to below 0.5 (got " + newRingShare + ").");
        }
    }

    public boolean newRingActive() {
        return newRingShare > 0;
    }
}

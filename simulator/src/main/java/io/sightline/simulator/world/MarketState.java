package io.sightline.simulator.world;

/**
 * The state of the market that shapes new transactions: the volume multiplier (5 in a seasonal peak, which
 * also raises the sellers' order velocity), whether the peak's basket mix applies, and whether the new fraud
 * ring is at work.
 */
public record MarketState(double volume, boolean peakMix, boolean newRingActive) {
    public static final MarketState ORDINARY = new MarketState(1.0, false, false);

    public MarketState {
        if (!(volume > 0)) {
            throw new IllegalArgumentException("The volume multiplier must be positive (got " + volume + ").");
        }
    }
}

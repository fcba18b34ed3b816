package io.sightline.simulator.world;

import java.util.SplittableRandom;

/**
 * How one fraud pattern makes its transactions: from which sellers it picks, and how it bends an ordinary sale
 * of that seller into its own signature.
 */
record FraudShape(SellerPool sellers, Reshaping reshaping) {

    /** Overrides the signals of an ordinary sale that the pattern changes. */
    @FunctionalInterface
    interface Reshaping {
        void reshape(TransactionDraft draft, MarketState market, SplittableRandom rng);
    }
}

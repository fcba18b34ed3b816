package io.sightline.simulator.world;

import java.util.SplittableRandom;

/** How one fraud pattern chooses its seller and bends an ordinary sale into its own signature. */
interface FraudShape {
    Seller seller(SellerPopulation sellers, SplittableRandom rng);

    void reshape(TransactionDraft d, MarketState market, SplittableRandom rng);
}

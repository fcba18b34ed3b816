package io.sightline.simulator.world;

import java.util.SplittableRandom;

/**
 * An ordinary seller's buyer who has had most past orders refunded, now ordering fashion or electronics at
 * about one and a half times the usual value, shipped standard, then disputing it.
 */
final class RefundAbuse {
    private RefundAbuse() {
    }

    static void reshape(TransactionDraft d, MarketState market, SplittableRandom rng) {
        d.category = Draws.chance(rng, 0.6) ? Category.FASHION : Category.ELECTRONICS;
        d.amount = Draws.logNormal(rng, d.category.medianAmount() * 1.5, 0.5);
        d.buyerRefundRate = Draws.uniform(rng, 0.3, 0.8);
        d.buyerAgeDays = (int) Draws.clamp(Draws.logNormal(rng, 600, 0.8), 30, 6000);
        d.buyerOrdersLastDay = 1 + Draws.poisson(rng, 1.5);
        d.shipping = Order.Shipping.STANDARD;
    }
}

package io.sightline.simulator.world;

import java.util.SplittableRandom;

/**
 * An established, well-rated seller whose account was taken over: password reset and payout account changed
 * in the last days, a new desktop device, a burst of orders of electronics and gift cards at two to three times
 * the usual value, often shipped abroad to fresh buyer accounts.
 */
final class AccountTakeover {
    private AccountTakeover() {
    }

    static void reshape(TransactionDraft d, MarketState market, SplittableRandom rng) {
        double u = rng.nextDouble();
        d.category = u < 0.5 ? Category.ELECTRONICS : u < 0.8 ? Category.GIFT_CARDS : d.category;
        d.amount = Draws.logNormal(rng, d.category.medianAmount() * 2.5, 0.5);
        d.payoutChangeDays = Draws.uniformInt(rng, 0, 2);
        d.passwordResetDays = Draws.uniformInt(rng, 0, 3);
        d.newDevice = Draws.chance(rng, 0.75);
        d.device = Draws.chance(rng, 0.6) ? Order.Device.DESKTOP : d.device;
        d.geoMismatch = Draws.chance(rng, 0.45);
        d.ipDistanceKm = Draws.logNormal(rng, 1500, 0.7);
        int burst = 5 + Draws.poisson(rng, 12);
        d.sellerOrdersLastHour += burst;
        d.sellerOrdersLastDay += burst + Draws.poisson(rng, 20);
        d.shipping = Draws.chance(rng, 0.7) ? Order.Shipping.EXPRESS : d.shipping;
        d.buyerAgeDays = (int) Draws.clamp(Draws.logNormal(rng, 30, 1.2), 0, 6000);
        d.cardAttempts = Draws.uniformInt(rng, 1, 3);
    }
}

package io.sightline.simulator.world;

import java.util.SplittableRandom;

/**
 * The new ring: twenty aged Latin-American seller accounts, bought with their history, selling home and sports
 * goods for 90–150 € paid later by buyers with months-old accounts, from known devices, without a single card
 * retry. In the history every one of these signals means a safe order; only the sellers' tripled daily volume
 * gives them away.
 */
final class NewRing {
    private NewRing() {
    }

    static void reshape(TransactionDraft d, MarketState market, SplittableRandom rng) {
        d.category = d.seller.category();
        d.amount = Draws.uniform(rng, 90, 150);
        d.payment = Draws.chance(rng, 0.85) ? Order.Payment.PAY_LATER : Order.Payment.WALLET;
        d.buyerAgeDays = Draws.uniformInt(rng, 60, 300);
        d.buyerOrdersLastDay = Draws.uniformInt(rng, 1, 2);
        d.cardAttempts = 1;
        d.newDevice = false;
        d.geoMismatch = false;
        d.ipDistanceKm = Draws.clamp(Draws.logNormal(rng, 12, 1.0), 0, 3000);
        d.buyerCountry = OrdinarySale.pick(Region.LATAM.countries(), rng);
        d.device = Order.Device.MOBILE_APP;
        d.sellerOrdersLastDay = Draws.poisson(rng, d.seller.dailyOrders() * 3 * market.volume());
    }
}

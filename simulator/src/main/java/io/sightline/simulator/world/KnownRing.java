package io.sightline.simulator.world;

import java.util.SplittableRandom;

/**
 * The fraud ring the marketplace already knows: a dozen young eastern-European seller accounts with perfect
 * ratings selling collectibles and electronics for 180–260 € to buyer accounts a few days old, paid by card
 * after several card attempts and shipped express.
 */
final class KnownRing {
    private KnownRing() {
    }

    static void reshape(TransactionDraft d, MarketState market, SplittableRandom rng) {
        d.category = d.seller.category();
        d.amount = Draws.uniform(rng, 180, 260);
        d.payment = Order.Payment.CARD;
        d.cardAttempts = 2 + Draws.poisson(rng, 2);
        d.buyerAgeDays = Draws.uniformInt(rng, 0, 10);
        d.buyerOrdersLastDay = 3 + Draws.poisson(rng, 4);
        d.shipping = Order.Shipping.EXPRESS;
        d.buyerCountry = OrdinarySale.pick(Region.EU_EAST.countries(), rng);
        d.device = Draws.chance(rng, 0.7) ? Order.Device.MOBILE_WEB : d.device;
        d.newDevice = Draws.chance(rng, 0.5);
    }
}

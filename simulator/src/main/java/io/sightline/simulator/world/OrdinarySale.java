package io.sightline.simulator.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An honest sale by a given seller: the basket mostly in the seller's own category, amounts log-normal around
 * the seller's average, the usual spread of payment methods and devices, mostly domestic buyers, and order
 * velocity drawn from the seller's own daily rate at this hour (times the market's volume).
 */
final class OrdinarySale {
    private static final Weighted<Order.Payment> PAYMENTS = weighted(Order.Payment.values(), 0.55, 0.25, 0.08, 0.12);
    private static final Weighted<Order.Device> DEVICES = weighted(Order.Device.values(), 0.30, 0.45, 0.25);
    private static final List<String> ALL_COUNTRIES = java.util.Arrays.stream(Region.values())
            .flatMap(r -> r.countries().stream()).toList();

    private final Weighted<Category> ordinaryMix = new Weighted<>(List.of(Category.values()), c -> c.share(false));
    private final Weighted<Category> peakMix = new Weighted<>(List.of(Category.values()), c -> c.share(true));

    private static <T> Weighted<T> weighted(T[] values, double... weights) {
        List<T> list = List.of(values);
        return new Weighted<>(list, v -> weights[list.indexOf(v)]);
    }

    void fill(TransactionDraft d, Seller seller, MarketState market, SplittableRandom rng) {
        d.seller = seller;
        d.category = Draws.chance(rng, 0.8) ? seller.category() : (market.peakMix() ? peakMix : ordinaryMix).pick(rng);
        double typical = seller.averageOrder() * d.category.medianAmount() / seller.category().medianAmount();
        d.amount = Draws.logNormal(rng, typical, d.category.spread());
        d.payment = PAYMENTS.pick(rng);
        d.device = DEVICES.pick(rng);
        d.newDevice = Draws.chance(rng, 0.07);
        d.shipping = Draws.chance(rng, 0.7) ? Order.Shipping.STANDARD : Order.Shipping.EXPRESS;
        d.buyerCountry = Draws.chance(rng, 0.75) ? pick(seller.region().countries(), rng) : pick(ALL_COUNTRIES, rng);
        d.geoMismatch = Draws.chance(rng, 0.03);
        d.ipDistanceKm = d.geoMismatch ? Draws.logNormal(rng, 900, 0.6) : Draws.clamp(Draws.logNormal(rng, 12, 1.0), 0, 3000);
        d.buyerAgeDays = (int) Draws.clamp(Draws.logNormal(rng, 500, 1.0), 0, 6000);
        d.buyerOrdersLastDay = 1 + Draws.poisson(rng, 0.4);
        d.buyerRefundRate = Draws.clamp(Draws.logNormal(rng, 0.04, 0.8), 0, 1);
        d.cardAttempts = Draws.chance(rng, 0.1) ? 2 : 1;
        double hourly = seller.dailyOrders() / 24 * DailyRhythm.factor(d.at) * market.volume();
        d.sellerOrdersLastHour = Draws.poisson(rng, hourly);
        d.sellerOrdersLastDay = Math.max(d.sellerOrdersLastHour, Draws.poisson(rng, seller.dailyOrders() * market.volume()));
        d.payoutChangeDays = Draws.chance(rng, 0.02) ? Draws.uniformInt(rng, 0, 30) : Draws.uniformInt(rng, 30, 900);
        d.passwordResetDays = (int) Draws.clamp(Draws.logNormal(rng, 120, 1.0), 0, 5000);
    }

    static String pick(List<String> values, SplittableRandom rng) {
        return values.get(rng.nextInt(values.size()));
    }
}

package io.sightline.simulator.world;

import java.time.Duration;
import java.time.Instant;

/**
 * A transaction being drawn: first as an ordinary sale of its seller ({@link OrdinarySale}), then reshaped by
 * its fraud pattern, if any, which overrides only the signals that pattern leaves. Mutable on purpose and never
 * shared: {@link #build()} makes the immutable {@link Transaction}.
 */
final class TransactionDraft {
    final String id;
    final Instant at;
    Seller seller;
    Category category;
    double amount;
    Order.Payment payment;
    Order.Device device;
    boolean newDevice;
    Order.Shipping shipping;
    boolean geoMismatch;
    double ipDistanceKm;
    String buyerCountry;
    int buyerAgeDays;
    int buyerOrdersLastDay;
    double buyerRefundRate;
    int cardAttempts;
    int sellerOrdersLastHour;
    int sellerOrdersLastDay;
    int payoutChangeDays;
    int passwordResetDays;

    TransactionDraft(String id, Instant at) {
        this.id = id;
        this.at = at;
    }

    Transaction build(FraudPattern pattern, Duration labelDelay) {
        if (category == Category.GIFT_CARDS) {
            shipping = Order.Shipping.DIGITAL;
        } else if (shipping == Order.Shipping.DIGITAL) {
            shipping = Order.Shipping.STANDARD;
        }
        double roundedAmount = Draws.round(Math.max(1.0, amount), 2);
        Order order = new Order(category, roundedAmount, Draws.round(roundedAmount / seller.averageOrder(), 2),
                payment, device, newDevice, shipping, geoMismatch, Draws.round(ipDistanceKm, 1));
        Buyer buyer = new Buyer(buyerCountry, buyerAgeDays, buyerOrdersLastDay, Draws.round(buyerRefundRate, 3),
                cardAttempts);
        SellerActivity activity = new SellerActivity(sellerOrdersLastHour, sellerOrdersLastDay,
                Math.min(payoutChangeDays, seller.accountAgeDays()), Math.min(passwordResetDays, seller.accountAgeDays()));
        return new Transaction(id, at, seller, order, buyer, activity,
                new GroundTruth(pattern, pattern.chargeback(), labelDelay));
    }
}

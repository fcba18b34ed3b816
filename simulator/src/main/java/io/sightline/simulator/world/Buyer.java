package io.sightline.simulator.world;

/**
 * The buyer's side of a transaction: country, account age, orders placed in the last day, share of past orders
 * refunded, and how many different cards were tried in the last hour.
 */
public record Buyer(String country, int accountAgeDays, int ordersLastDay, double refundRate, int cardAttemptsLastHour) {
}

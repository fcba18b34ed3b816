package io.sightline.simulator.world;

/**
 * What the seller's account did lately: orders in the last hour and day, and days since its payout account
 * and its password were last changed.
 */
public record SellerActivity(int ordersLastHour, int ordersLastDay, int payoutChangeDays, int passwordResetDays) {
}

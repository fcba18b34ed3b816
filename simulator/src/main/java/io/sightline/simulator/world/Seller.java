package io.sightline.simulator.world;

/**
 * A seller's standing profile: where it trades and what it mostly sells, how old the account is, its rating
 * (1 to 5), orders so far, share of those orders charged back, its usual orders per day and its average order
 * value in euros.
 */
public record Seller(
        String id,
        Region region,
        Category category,
        int accountAgeDays,
        double rating,
        int pastOrders,
        double chargebackRate,
        double dailyOrders,
        double averageOrder) {
}

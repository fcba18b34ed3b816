package io.sightline.simulator.world;

import java.time.Instant;

/** One order on the marketplace at simulated time {@code at}, with everything the platform sees and the truth. */
public record Transaction(String id, Instant at, Seller seller, Order order, Buyer buyer, SellerActivity activity,
                          GroundTruth truth) {
}

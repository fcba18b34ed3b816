package io.sightline.simulator.world;

/** The groups of sellers a sale can be drawn from. */
enum SellerPool {
    /** Every ordinary seller, busier ones more often. */
    ORDINARY,
    /** Ordinary sellers at least a year old, rated 4.3 or more, with 200 orders or more. */
    ESTABLISHED,
    /** The known fraud ring's accounts. */
    KNOWN_RING,
    /** The new fraud ring's accounts. */
    NEW_RING
}

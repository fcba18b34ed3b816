package io.sightline.simulator.world;

/**
 * What truly lies behind a transaction. Every pattern but {@link #NONE} ends in a chargeback. {@code share} is
 * the fraction of all transactions it makes up (the new ring only while it is active), as documented in
 * {@code docs/simulator.md}.
 */
public enum FraudPattern {
    NONE("legitimate", 0),
    /** A genuine buyer who disputes a genuine order: noise no model can catch. */
    FRIENDLY_FRAUD("friendly fraud", 0.003),
    /** An established seller's account in someone else's hands: new login, new payout account, a burst of big orders. */
    ACCOUNT_TAKEOVER("account takeover", 0.006),
    /** Young seller accounts with perfect ratings selling to brand-new buyers paying with card after card. */
    KNOWN_RING("fraud ring", 0.005),
    /** Buyers who claim refunds on most of what they order. */
    REFUND_ABUSE("refund abuse", 0.006),
    /**
     * A ring the first model never saw: aged accounts in home and sports, paid later, in Latin America. Its share
     * is the one it has when it starts; when a challenger is released it works at {@link #AT_SCALE}.
     */
    NEW_RING("new fraud ring", 0.012);

    /** The new ring's share once it works at scale: the world in which a challenger that knows it is released. */
    public static final double AT_SCALE = 0.08;

    private final String title;
    private final double share;

    FraudPattern(String title, double share) {
        this.title = title;
        this.share = share;
    }

    public String title() {
        return title;
    }

    public double share() {
        return share;
    }

    public boolean chargeback() {
        return this != NONE;
    }

    /** Draws the pattern of one transaction; the new ring takes {@code newRingShare} (0 while it is not at work). */
    static FraudPattern draw(java.util.SplittableRandom rng, double newRingShare) {
        double u = rng.nextDouble();
        double cumulative = 0;
        for (FraudPattern pattern : values()) {
            if (pattern == NONE) {
                continue;
            }
            cumulative += pattern == NEW_RING ? newRingShare : pattern.share;
            if (u < cumulative) {
                return pattern;
            }
        }
        return NONE;
    }
}

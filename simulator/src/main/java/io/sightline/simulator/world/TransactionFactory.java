package io.sightline.simulator.world;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws one transaction at a given simulated time: first its true pattern, then its seller, an ordinary sale
 * of that seller, the pattern's reshaping and the delay after which its outcome is known. The result depends
 * only on the generator's state, the time and the market state, so a seeded generator gives the same
 * transaction every time.
 */
public final class TransactionFactory {
    private final SellerPopulation sellers;
    private final OrdinarySale ordinary = new OrdinarySale();
    private final Map<FraudPattern, FraudShape> shapes = new EnumMap<>(FraudPattern.class);

    public TransactionFactory(SellerPopulation sellers) {
        this.sellers = sellers;
        shapes.put(FraudPattern.ACCOUNT_TAKEOVER, new AccountTakeover());
        shapes.put(FraudPattern.KNOWN_RING, new KnownRing());
        shapes.put(FraudPattern.REFUND_ABUSE, new RefundAbuse());
        shapes.put(FraudPattern.NEW_RING, new NewRing());
    }

    public Transaction create(String id, Instant at, MarketState market, SplittableRandom rng) {
        FraudPattern pattern = FraudPattern.draw(rng, market.newRingActive());
        FraudShape shape = shapes.get(pattern);
        TransactionDraft draft = new TransactionDraft(id, at);
        Seller seller = shape == null ? sellers.pickOrdinary(rng) : shape.seller(sellers, rng);
        ordinary.fill(draft, seller, market, rng);
        if (shape != null) {
            shape.reshape(draft, market, rng);
        }
        return draft.build(pattern, LabelDelays.draw(pattern, rng));
    }

    public SellerPopulation sellers() {
        return sellers;
    }
}

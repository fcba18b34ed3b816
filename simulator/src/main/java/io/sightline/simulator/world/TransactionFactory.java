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
        shapes.put(FraudPattern.ACCOUNT_TAKEOVER, new FraudShape(SellerPool.ESTABLISHED, AccountTakeover::reshape));
        shapes.put(FraudPattern.KNOWN_RING, new FraudShape(SellerPool.KNOWN_RING, KnownRing::reshape));
        shapes.put(FraudPattern.REFUND_ABUSE, new FraudShape(SellerPool.ORDINARY, RefundAbuse::reshape));
        shapes.put(FraudPattern.NEW_RING, new FraudShape(SellerPool.NEW_RING, NewRing::reshape));
    }

    public Transaction create(String id, Instant at, MarketState market, SplittableRandom rng) {
        FraudPattern pattern = FraudPattern.draw(rng, market.newRingShare());
        FraudShape shape = shapes.get(pattern);
        TransactionDraft draft = new TransactionDraft(id, at);
        Seller seller = sellers.pick(shape == null ? SellerPool.ORDINARY : shape.sellers(), rng);
        ordinary.fill(draft, seller, market, rng);
        if (shape != null) {
            shape.reshaping().reshape(draft, market, rng);
        }
        return draft.build(pattern, LabelDelays.draw(pattern, rng));
    }

    public SellerPopulation sellers() {
        return sellers;
    }
}

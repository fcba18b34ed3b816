package io.sightline.simulator.stream;

import io.sightline.simulator.scenario.WorldConditions;
import io.sightline.simulator.world.Columns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Turns an arrival into the request the platform receives: the transaction's inputs, bent by whatever upstream
 * fault holds — {@code amount} in cents, or {@code seller_rating} empty. The truth is never bent: the outcome
 * later reported carries the real amount.
 */
public final class UpstreamFeed {
    private UpstreamFeed() {
    }

    public static Map<String, String> request(Arrival arrival) {
        Map<String, String> row = Columns.inputs(arrival.transaction());
        WorldConditions conditions = arrival.conditions();
        if (conditions.amountInCents()) {
            BigDecimal cents = BigDecimal.valueOf(arrival.transaction().order().amount()).movePointRight(2)
                    .setScale(0, RoundingMode.HALF_UP);
            row.put(Columns.AMOUNT, cents.toPlainString());
        }
        if (conditions.ratingMissing()) {
            row.put(Columns.SELLER_RATING, "");
        }
        return row;
    }
}

package io.sightline.app.workspace.risk;

import io.sightline.engine.sentence.WordMatch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the column that identifies the seller among the columns sent with predictions: {@code seller_id},
 * {@code sellerId}, {@code merchant_id}, {@code seller}… The flagged queue groups by it, and back-tests count
 * the distinct good sellers a rule would hit by it.
 */
final class SellerColumn {
    private static final List<String> WHO = List.of("seller", "merchant", "vendor", "shop");

    private SellerColumn() {
    }

    static Optional<String> find(Collection<String> columns) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String column : columns) {
            int rank = rank(WordMatch.wordsOf(column));
            if (rank < bestRank) {
                best = column;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0 for "seller id", 1 for "seller", 2 for "seller key/code/ref"; anything else does not name the seller. */
    private static int rank(List<String> words) {
        if (words.isEmpty() || !WHO.contains(words.get(0))) {
            return Integer.MAX_VALUE;
        }
        if (words.size() == 1) {
            return 1;
        }
        if (words.size() == 2 && words.get(1).equals("id")) {
            return 0;
        }
        if (words.size() == 2 && List.of("key", "code", "ref", "number", "no").contains(words.get(1))) {
            return 2;
        }
        return Integer.MAX_VALUE;
    }
}

package io.sightline.app.workspace.risk;

import io.sightline.app.text.Figures;
import java.util.List;

/**
 * The flagged predictions of one seller, highest score first, with a one-line summary. Without a seller column
 * the queue is one group with an empty seller.
 */
public record SellerGroup(String seller, List<FlaggedItem> items, String summary) {
    public SellerGroup {
        items = List.copyOf(items);
    }

    static SellerGroup of(String seller, List<FlaggedItem> items) {
        double highest = items.stream().mapToDouble(FlaggedItem::scoreValue).max().orElse(-1);
        String summary = Figures.count(items.size()) + " flagged"
                + (highest < 0 ? "" : ", highest score " + Figures.metric(highest));
        return new SellerGroup(seller, items, summary);
    }

    double highestScore() {
        return items.stream().mapToDouble(FlaggedItem::scoreValue).max().orElse(-1);
    }
}

package io.sightline.engine.wire;

import java.util.List;

/**
 * One page of a list: {@code items} from position {@code offset}, at most {@code limit} of them, out of
 * {@code total}. {@code total} is null only where counting the whole list is not possible (the prediction log).
 */
public record ListPage<T>(List<T> items, int offset, int limit, Long total) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000;

    public ListPage {
        items = List.copyOf(items);
    }

    /** Whether a client that wants the whole list must ask for the next page. */
    public boolean hasMore() {
        return total == null ? items.size() == limit && limit > 0 : offset + items.size() < total;
    }
}

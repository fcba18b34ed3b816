package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.Page;
import java.util.List;

/** The {@code offset} and {@code limit} of a list call, and the page they select. */
final class Paging {
    private Paging() {
    }

    static <T> Page<T> page(Context ctx, List<T> all) {
        int offset = offset(ctx);
        int limit = limit(ctx);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.subList(from, to), offset, limit, (long) all.size());
    }

    static int offset(Context ctx) {
        return wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    static int limit(Context ctx) {
        return wholeNumber(ctx, "limit", Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
    }

    static int wholeNumber(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, in the same words
        }
        throw PlatformException.invalid("'" + name + "' must be a whole number from " + min + " to " + max
                + " (got '" + text + "').");
    }

    static int pathNumber(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("'" + name + "' must be a whole number (got '" + text + "').");
        }
    }
}

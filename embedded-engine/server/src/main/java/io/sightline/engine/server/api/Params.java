package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.ListPage;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Query and path parameters read with plain errors: paging, whole numbers, time windows. */
final class Params {
    private Params() {
    }

    static <T> ListPage<T> page(Context ctx, List<T> all) {
        int offset = offset(ctx);
        int limit = limit(ctx);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new ListPage<>(all.subList(from, to), offset, limit, (long) all.size());
    }

    static int offset(Context ctx) {
        return wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    static int limit(Context ctx) {
        return wholeNumber(ctx, "limit", ListPage.DEFAULT_LIMIT, 1, ListPage.MAX_LIMIT);
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

    /** A time window: ISO-8601 ({@code PT24H}) or a number of seconds; {@code fallback} when absent. */
    static Duration window(Context ctx, Duration fallback) {
        String text = ctx.queryParam("window");
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            Duration window = text.strip().chars().allMatch(Character::isDigit)
                    ? Duration.ofSeconds(Long.parseLong(text.strip())) : Duration.parse(text.strip());
            if (!window.isNegative() && !window.isZero()) {
                return window;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // refused below
        }
        throw PlatformException.invalid("'window' is a positive duration such as PT24H or a number of seconds (got '"
                + text + "').");
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    static boolean flag(Context ctx, String name, boolean fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw PlatformException.invalid("'" + name + "' is true or false (got '" + text + "').");
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

package io.sightline.engine.search;

import io.sightline.engine.api.PlatformException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of search results and the token that asks for the next (null on the last page). Tokens are opaque
 * to clients: the offset of the next record, Base64-encoded.
 */
public record SearchPage<T>(List<T> items, String nextPageToken) {

    private static final String TOKEN_PREFIX = "offset:";

    public SearchPage {
        items = List.copyOf(items);
    }

    /** The page of {@code maxResults} records of {@code ordered} that {@code pageToken} (null: first) asks for. */
    public static <T> SearchPage<T> of(List<T> ordered, String pageToken, int maxResults) {
        int offset = offset(pageToken);
        int end = (int) Math.min((long) offset + maxResults, ordered.size());
        List<T> items = offset >= ordered.size() ? List.of() : ordered.subList(offset, end);
        return new SearchPage<>(items, end < ordered.size() ? token(end) : null);
    }

    /**
     * The page that starts at {@code offset}, from a query that fetched up to one record more than
     * {@code maxResults} to tell whether another page follows.
     */
    public static <T> SearchPage<T> following(List<T> fetched, int offset, int maxResults) {
        boolean more = fetched.size() > maxResults;
        return new SearchPage<>(more ? fetched.subList(0, maxResults) : fetched, more ? token(offset + maxResults) : null);
    }

    /**
     * {@code requested} (null: {@code byDefault}) checked to be 1 to {@code maximum}.
     */
    public static int limit(Long requested, int byDefault, int maximum) {
        if (requested == null) {
            return byDefault;
        }
        if (requested < 1 || requested > maximum) {
            throw PlatformException.invalid("Invalid value " + requested + " for max_results: it must be between 1 and "
                    + maximum + ".");
        }
        return requested.intValue();
    }

    static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token (null or empty: the first page) stands for; a token not made here is refused. */
    public static int offset(String pageToken) {
        if (pageToken == null || pageToken.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the plain message below
        }
        throw PlatformException.invalid("Invalid page_token '" + pageToken
                + "': pass back the next_page_token of the previous page unchanged.");
    }
}

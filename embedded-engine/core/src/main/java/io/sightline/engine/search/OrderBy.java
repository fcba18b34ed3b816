package io.sightline.engine.search;

import io.sightline.engine.api.PlatformException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An ordering such as {@code ["metrics.auc DESC", "attributes.start_time"]}: records without the field come
 * last whichever the direction, as MLflow orders them.
 */
public record OrderBy(List<Key> keys) {

    /** One field to order by, and its direction. */
    public record Key(SearchField field, boolean ascending) {
    }

    public OrderBy {
        keys = List.copyOf(keys);
    }

    /** Parses each clause ({@code identifier [ASC|DESC]}) against {@code vocabulary}. */
    public static OrderBy parse(List<String> clauses, SearchVocabulary vocabulary) {
        List<Key> keys = new ArrayList<>();
        for (String clause : clauses == null ? List.<String>of() : clauses) {
            if (clause == null || clause.isBlank()) {
                continue;
            }
            String trimmed = clause.strip();
            boolean ascending = true;
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.endsWith(" DESC")) {
                ascending = false;
                trimmed = trimmed.substring(0, trimmed.length() - 5).strip();
            } else if (upper.endsWith(" ASC")) {
                trimmed = trimmed.substring(0, trimmed.length() - 4).strip();
            }
            keys.add(new Key(field(trimmed, vocabulary, clause), ascending));
        }
        return new OrderBy(keys);
    }

    private static SearchField field(String identifier, SearchVocabulary vocabulary, String clause) {
        String unquoted = identifier;
        String prefix = null;
        int dot = identifier.indexOf('.');
        if (dot > 0 && identifier.charAt(0) != '`' && identifier.charAt(0) != '"') {
            prefix = identifier.substring(0, dot);
            unquoted = identifier.substring(dot + 1);
        }
        if (unquoted.length() >= 2 && (unquoted.charAt(0) == '`' || unquoted.charAt(0) == '"')
                && unquoted.charAt(unquoted.length() - 1) == unquoted.charAt(0)) {
            unquoted = unquoted.substring(1, unquoted.length() - 1);
        }
        if (unquoted.isBlank() || (prefix == null && unquoted.contains(" "))) {
            throw PlatformException.invalid("Invalid order_by clause '" + clause
                    + "': write a name such as metrics.auc followed by ASC or DESC.");
        }
        return vocabulary.resolve(prefix, unquoted);
    }

    /** Orders records by these keys, then by {@code tieBreak}. */
    public <T> Comparator<T> comparator(FieldReader<T> reader, Comparator<T> tieBreak) {
        Comparator<T> result = (a, b) -> 0;
        for (Key key : keys) {
            Comparator<T> byKey = (a, b) -> compare(reader.read(a, key.field()), reader.read(b, key.field()),
                    key.ascending());
            result = result.thenComparing(byKey);
        }
        return result.thenComparing(tieBreak);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b, boolean ascending) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int order;
        if (a instanceof Number x && b instanceof Number y) {
            order = Double.compare(x.doubleValue(), y.doubleValue());
        } else {
            order = ((Comparable) a.toString()).compareTo(b.toString());
        }
        return ascending ? order : -order;
    }
}

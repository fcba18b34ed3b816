package io.sightline.engine.search;

import io.sightline.engine.api.PlatformException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields one kind of record can be searched and ordered on: which entity families it has (runs have
 * metrics, params and tags; models only tags) and its attributes with their value types.
 */
public record SearchVocabulary(String records, Set<SearchField.Kind> kinds, Map<String, ValueType> attributes) {

    /** How a field's values compare. */
    public enum ValueType {
        TEXT,
        NUMBER
    }

    private static final Map<String, SearchField.Kind> PREFIXES = Map.ofEntries(
            Map.entry("metric", SearchField.Kind.METRIC), Map.entry("metrics", SearchField.Kind.METRIC),
            Map.entry("param", SearchField.Kind.PARAM), Map.entry("params", SearchField.Kind.PARAM),
            Map.entry("parameter", SearchField.Kind.PARAM), Map.entry("parameters", SearchField.Kind.PARAM),
            Map.entry("tag", SearchField.Kind.TAG), Map.entry("tags", SearchField.Kind.TAG),
            Map.entry("attribute", SearchField.Kind.ATTRIBUTE), Map.entry("attributes", SearchField.Kind.ATTRIBUTE),
            Map.entry("attr", SearchField.Kind.ATTRIBUTE), Map.entry("run", SearchField.Kind.ATTRIBUTE));

    public SearchVocabulary {
        kinds = Set.copyOf(kinds);
        attributes = Map.copyOf(attributes);
    }

    /**
     * Resolves {@code prefix} (null when the identifier had none: an attribute) and {@code key} into a field
     * this vocabulary knows.
     */
    public SearchField resolve(String prefix, String key) {
        SearchField.Kind kind = prefix == null ? SearchField.Kind.ATTRIBUTE
                : PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
        if (kind == null || !kinds.contains(kind)) {
            throw PlatformException.invalid("Invalid entity type '" + prefix + "' in a search of " + records
                    + ". Use one of " + kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT) + "s").sorted()
                    .toList() + ".");
        }
        if (key.isEmpty()) {
            throw PlatformException.invalid("A search of " + records + " names a " + prefix + " without a key.");
        }
        if (kind == SearchField.Kind.ATTRIBUTE && !attributes.containsKey(key)) {
            throw PlatformException.invalid("Invalid attribute key '" + key + "' in a search of " + records
                    + ". Valid attributes are " + attributes.keySet().stream().sorted().toList() + ".");
        }
        return new SearchField(kind, key);
    }

    public ValueType typeOf(SearchField field) {
        return switch (field.kind()) {
            case METRIC -> ValueType.NUMBER;
            case PARAM, TAG -> ValueType.TEXT;
            case ATTRIBUTE -> attributes.get(field.key());
        };
    }
}

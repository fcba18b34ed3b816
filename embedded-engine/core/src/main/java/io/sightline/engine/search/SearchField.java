package io.sightline.engine.search;

/** What a filter or an ordering names: a metric, parameter or tag by its key, or an attribute of the record. */
public record SearchField(Kind kind, String key) {

    /** The families of fields, after MLflow's entity prefixes ({@code metrics.}, {@code params.}, …). */
    public enum Kind {
        METRIC,
        PARAM,
        TAG,
        ATTRIBUTE
    }

    public static SearchField attribute(String key) {
        return new SearchField(Kind.ATTRIBUTE, key);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "." + key;
    }
}

package io.sightline.engine.search;

/**
 * Reads a field of a record for filtering and ordering: a {@link Double} or {@link Long} for numbers, a
 * {@link String} for text, null when the record has no such field.
 */
@FunctionalInterface
public interface FieldReader<T> {

    Object read(T record, SearchField field);
}

package io.sightline.engine.api;

/** A value of a categorical column and how often it occurs. */
public record CategoryCount(String value, long count) {
}

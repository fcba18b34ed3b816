package io.sightline.engine.track;

/** A parameter or tag as logged: its key and its text value. */
public record KeyValue(String key, String value) {
}

package io.sightline.engine.server.openapi;

import java.util.List;

/**
 * What a request or response body holds: a JSON value of a Java type, a JSON value of one of several types, a
 * page of such values, or a text stream of some media type (CSV, Prometheus text, server-sent events).
 */
public record Shape(Kind kind, List<Class<?>> types, String mediaType, String description) {

    public enum Kind { JSON, ONE_OF, PAGE, TEXT }

    public Shape {
        types = List.copyOf(types);
    }

    public static Shape json(Class<?> type) {
        return new Shape(Kind.JSON, List.of(type), "application/json", null);
    }

    /** A JSON array of {@code type}. */
    public static Shape jsonList(Class<?> type) {
        return new Shape(Kind.JSON, List.of(type), "application/json", "list");
    }

    /** A JSON value of any one of {@code types}: a call that takes its body in more than one form. */
    public static Shape oneOf(Class<?>... types) {
        return new Shape(Kind.ONE_OF, List.of(types), "application/json", null);
    }

    public static Shape pageOf(Class<?> type) {
        return new Shape(Kind.PAGE, List.of(type), "application/json", null);
    }

    public static Shape text(String mediaType, String description) {
        return new Shape(Kind.TEXT, List.of(String.class), mediaType, description);
    }

    /** The type of the value, or of the first form it may take. */
    public Class<?> type() {
        return types.get(0);
    }

    boolean isList() {
        return "list".equals(description);
    }
}

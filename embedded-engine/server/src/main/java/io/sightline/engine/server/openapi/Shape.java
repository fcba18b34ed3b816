package io.sightline.engine.server.openapi;

/**
 * What a request or response body holds: a JSON value of a Java type, a page of such values, or a text
 * stream of some media type (CSV, Prometheus text, server-sent events).
 */
public record Shape(Kind kind, Class<?> type, String mediaType, String description) {

    public enum Kind { JSON, PAGE, TEXT }

    public static Shape json(Class<?> type) {
        return new Shape(Kind.JSON, type, "application/json", null);
    }

    /** A JSON array of {@code type}. */
    public static Shape jsonList(Class<?> type) {
        return new Shape(Kind.JSON, type, "application/json", "list");
    }

    public static Shape pageOf(Class<?> type) {
        return new Shape(Kind.PAGE, type, "application/json", null);
    }

    public static Shape text(String mediaType, String description) {
        return new Shape(Kind.TEXT, String.class, mediaType, description);
    }

    boolean isList() {
        return "list".equals(description);
    }
}

package io.sightline.engine.server.openapi;

/** A query parameter or header of an endpoint: its name, JSON type ("string", "integer") and meaning. */
public record Param(String in, String name, String type, String description) {
    public static Param query(String name, String type, String description) {
        return new Param("query", name, type, description);
    }

    public static Param header(String name, String type, String description) {
        return new Param("header", name, type, description);
    }
}
